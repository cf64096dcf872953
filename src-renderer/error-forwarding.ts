// Errors the screens do not handle — window errors, unhandled promise rejections and errors Vue
// catches in components — go to main's log over log.renderer (before issue 16 they were lost with
// the window). Only where and what: the message, the script and line, the stack and the route's
// name; never the route's query or anything typed. Main limits how many it writes per machine.
import type { App } from 'vue';
import type { Router } from 'vue-router';
import type { RendererError } from '../src-shared/contract/operations';
import { invoke } from './bridge';

function cut(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : text.slice(0, max);
}

function describe(value: unknown): { message: string; stack?: string } {
  if (value instanceof Error) return { message: `${value.name}: ${value.message}`, stack: value.stack };
  return { message: typeof value === 'string' ? value : Object.prototype.toString.call(value) };
}

export function installErrorForwarding(app: App, router: Router, target: Window = window): void {
  let sending = false;
  const send = (error: RendererError) => {
    // An error raised while reporting one must not report itself forever.
    if (sending) return;
    sending = true;
    const route = typeof router.currentRoute.value.name === 'string' ? router.currentRoute.value.name : undefined;
    void invoke('log.renderer', {
      ...error,
      message: cut(error.message, 500) ?? '',
      source: cut(error.source, 300),
      stack: cut(error.stack, 4000),
      route: cut(route, 100),
    })
      .catch(() => undefined)
      .finally(() => {
        sending = false;
      });
  };
  target.addEventListener('error', (event: ErrorEvent) => {
    const { message, stack } = describe(event.error ?? event.message);
    send({ kind: 'error', message, stack, source: event.filename || undefined, line: event.lineno || undefined, column: event.colno || undefined });
  });
  target.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    send({ kind: 'rejection', ...describe(event.reason) });
  });
  const previous = app.config.errorHandler;
  app.config.errorHandler = (error, instance, info) => {
    send({ kind: 'vue', ...describe(error), source: cut(`${instance?.$options.name ?? 'component'} (${info})`, 300) });
    if (previous) previous(error, instance, info);
    else console.error(error);
  };
}
