// Main-process log: JSON lines in the data folder, rotated by size. Secrets never reach it:
// callers pass codes and ids, never inputs.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, detail?: Record<string, unknown>): void;
  warn(event: string, detail?: Record<string, unknown>): void;
  error(event: string, error?: unknown, detail?: Record<string, unknown>): void;
}

export interface LogEntry {
  at: string;
  level: LogLevel;
  event: string;
  detail?: Record<string, unknown>;
  error?: { name: string; message: string; stack?: string };
}

function describe(error: unknown): LogEntry['error'] {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return error === undefined ? undefined : { name: 'NonError', message: String(error) };
}

export interface FileLoggerOptions {
  file: string;
  maxBytes?: number;
  keep?: number;
  /** Also echo to stderr (development and CLI). */
  echo?: boolean;
}

/** Appends synchronously so the line is on disk even if the process dies right after. */
export function createFileLogger({ file, maxBytes = 1_000_000, keep = 5, echo = false }: FileLoggerOptions): Logger {
  mkdirSync(dirname(file), { recursive: true });
  const rotate = () => {
    if (!existsSync(file) || statSync(file).size < maxBytes) return;
    rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    renameSync(file, `${file}.1`);
  };
  const write = (entry: LogEntry) => {
    const line = JSON.stringify(entry);
    try {
      rotate();
      appendFileSync(file, `${line}\n`);
    } catch {
      // A full or read-only disk must not take the kiosk down with it.
    }
    if (echo) process.stderr.write(`${line}\n`);
  };
  return createLogger(write);
}

export function createLogger(write: (entry: LogEntry) => void): Logger {
  const at = () => new Date().toISOString();
  return {
    info: (event, detail) => write({ at: at(), level: 'info', event, detail }),
    warn: (event, detail) => write({ at: at(), level: 'warn', event, detail }),
    error: (event, error, detail) => write({ at: at(), level: 'error', event, detail, error: describe(error) }),
  };
}

/** Keeps entries in memory; tests read them. */
export function createMemoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return Object.assign(createLogger((e) => entries.push(e)), { entries });
}
