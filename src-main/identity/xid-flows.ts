// The device flows in progress, one per terminal, held only in main. A flow lives from
// 'identity.start' until 'identity.wait' resolves, and dies at once when the terminal's operation
// signal aborts (キャンセル, leaving the screen, the idle timeout, logout).
//
// When the citizen registers an xID that already has an account (or logs in with one that has
// none), the verified claims are held for a few minutes so that one tap can log in or register
// without scanning again. Only claims are held, never a token, and they go with the signal too.
import type { DeviceCodeInfo, DeviceOutcome } from '../../src-shared/contract/identity';
import type { Locale } from '../../src-shared/contract/session';
import type { Actor } from '../auth/accounts';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Logger } from '../log';
import { readClaims, type VerifiedClaims } from './claims';
import { type DeviceAuthorization, type DeviceFlowClient, UnavailableError } from './device-flow';
import { qrDataUrl } from './qr-image';
import type { XidAccounts } from './xid-accounts';

/** How long a verified identity waits for the citizen's choice (log in instead / register instead). */
export const HOLD_MS = 5 * 60_000;

/**
 * Flows and held identities kept at once, each. Entries leave when their signal aborts or their
 * wait ends; the cap is for callers inventing terminal ids, whose oldest entry is dropped first.
 */
export const MAX_FLOWS = 256;

/** Sets key → value, dropping the oldest entry when the map is full. */
function setBounded<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= MAX_FLOWS) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, value);
}

export type FlowPurpose = { kind: 'register' } | { kind: 'login' } | { kind: 'link'; accountId: number };

interface Flow {
  purpose: FlowPurpose;
  locale: Locale;
  authorization: DeviceAuthorization;
  signal: AbortSignal;
  outcome: Promise<DeviceOutcome> | null;
}

interface Held {
  claims: VerifiedClaims;
  until: number;
}

export interface XidFlowsDeps {
  client: DeviceFlowClient;
  accounts: XidAccounts;
  clock: Clock;
  log: Logger;
}

/** The live session's account, for a link flow that must still belong to the same citizen. */
export type CurrentAccount = () => Promise<number | undefined>;

export class XidFlows {
  private readonly flows = new Map<string, Flow>();
  private readonly held = new Map<string, Held>();

  constructor(private readonly d: XidFlowsDeps) {}

  async start(terminal: string, purpose: FlowPurpose, locale: Locale, signal: AbortSignal): Promise<DeviceCodeInfo> {
    this.forget(terminal);
    let authorization: DeviceAuthorization;
    try {
      authorization = await this.d.client.start(signal);
    } catch (error) {
      if (signal.aborted) throw new DomainError('cancelled');
      if (error instanceof UnavailableError) throw new DomainError('unavailable');
      throw error;
    }
    if (signal.aborted) throw new DomainError('cancelled');
    const flow: Flow = { purpose, locale, authorization, signal, outcome: null };
    setBounded(this.flows, terminal, flow);
    signal.addEventListener('abort', () => {
      if (this.flows.get(terminal) === flow) this.flows.delete(terminal);
    }, { once: true });
    return {
      userCode: authorization.userCode,
      verificationUri: authorization.verificationUri,
      verificationUriComplete: authorization.verificationUriComplete,
      qrDataUrl: await qrDataUrl(authorization.verificationUriComplete),
      expiresInSeconds: Math.max(0, Math.round((authorization.expiresAt - this.d.clock.now()) / 1000)),
    };
  }

  /** Resolves when the terminal's flow ends; a second call while waiting shares the first. */
  wait(terminal: string, by: Actor, currentAccount: CurrentAccount): Promise<DeviceOutcome> {
    const flow = this.flows.get(terminal);
    if (!flow) return Promise.reject(new DomainError('not_found'));
    flow.outcome ??= this.finish(terminal, flow, by, currentAccount).finally(() => {
      if (this.flows.get(terminal) === flow) this.flows.delete(terminal);
    });
    return flow.outcome;
  }

  private async finish(terminal: string, flow: Flow, by: Actor, currentAccount: CurrentAccount): Promise<DeviceOutcome> {
    const approval = await this.d.client.awaitApproval(flow.authorization, flow.signal);
    if (approval.end !== 'approved') throw new DomainError(approval.end);
    const claims = readClaims(approval.userInfo);
    if (!claims) {
      this.d.log.warn('identity.claims_unusable', {});
      throw new DomainError('unavailable');
    }
    const { accounts } = this.d;
    const { purpose } = flow;
    // Read before the last look at the signal, so that nothing is written after キャンセル.
    const known = purpose.kind === 'link' ? null : await accounts.isKnown(claims.sub);
    const current = purpose.kind === 'link' ? await currentAccount() : undefined;
    if (flow.signal.aborted) throw new DomainError('cancelled');
    switch (purpose.kind) {
      case 'register':
        if (known) return this.hold(terminal, claims, flow.signal, 'known_sub');
        return this.register(claims, flow.locale, by);
      case 'login':
        if (!known) return this.hold(terminal, claims, flow.signal, 'unknown_sub');
        return this.login(claims, by);
      case 'link':
        // The citizen may have logged out (or someone else in) while the phone was busy.
        if (current !== purpose.accountId) throw new DomainError('session_expired');
        await accounts.link(purpose.accountId, claims, flow.locale, by);
        return { outcome: 'linked' };
    }
  }

  private hold(terminal: string, claims: VerifiedClaims, signal: AbortSignal, outcome: 'known_sub' | 'unknown_sub'): DeviceOutcome {
    const held: Held = { claims, until: this.d.clock.now() + HOLD_MS };
    setBounded(this.held, terminal, held);
    signal.addEventListener('abort', () => {
      if (this.held.get(terminal) === held) this.held.delete(terminal);
    }, { once: true });
    return { outcome };
  }

  /** Logs in or registers with the identity held after known_sub / unknown_sub. */
  async proceed(terminal: string, action: 'login' | 'register', locale: Locale, by: Actor): Promise<DeviceOutcome> {
    const held = this.held.get(terminal);
    this.held.delete(terminal);
    if (!held || held.until <= this.d.clock.now()) throw new DomainError('expired');
    if (action === 'login') return this.login(held.claims, by);
    return this.register(held.claims, locale, by);
  }

  private async register(claims: VerifiedClaims, locale: Locale, by: Actor): Promise<DeviceOutcome> {
    const { session, userKey, mailed } = await this.d.accounts.register(claims, locale, by);
    return { outcome: 'registered', displayName: session.displayName, userKey, mailed };
  }

  private async login(claims: VerifiedClaims, by: Actor): Promise<DeviceOutcome> {
    const session = await this.d.accounts.login(claims.sub, by);
    return { outcome: 'logged_in', displayName: session.displayName };
  }

  /** Drops the terminal's flow and held identity (the caller aborts the signal for a running wait). */
  forget(terminal: string): void {
    this.flows.delete(terminal);
    this.held.delete(terminal);
  }

  /** For tests and diagnostics: how many flows and held identities are in memory. */
  sizes(): { flows: number; held: number } {
    return { flows: this.flows.size, held: this.held.size };
  }

  /** For tests and diagnostics: whether anything is held for the terminal. */
  holds(terminal: string): { flow: boolean; identity: boolean } {
    return { flow: this.flows.has(terminal), identity: this.held.has(terminal) };
  }
}
