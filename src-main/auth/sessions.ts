// At most one session per terminal (window), held only in main: the renderer never sees a token.
// Idle expiry is enforced here whatever the screen shows; the renderer's countdown is a courtesy.
import type { AccountKind, Permission } from '../../src-shared/contract/channel';
import type { SessionInfo } from '../../src-shared/contract/session';
import type { Clock } from '../clock';

export type RequiredAction = NonNullable<SessionInfo['requiredAction']>;

export interface Session {
  accountId: number;
  kind: AccountKind;
  loginId: string;
  displayName: string;
  role: 'clerk' | 'admin' | null;
  permissions: Permission[];
  requiredAction: RequiredAction | null;
  startedAt: number;
  lastActivity: number;
}

export type SessionEndReason = 'logout' | 'idle' | 'replaced' | 'account_changed';

export type SessionStart = Omit<Session, 'startedAt' | 'lastActivity'>;

export interface SessionsOptions {
  clock: Clock;
  /** Milliseconds without activity after which a session ends (idle + countdown). */
  idleMs: number;
  onEnd?: (terminal: string, session: Session, reason: SessionEndReason) => void;
}

export class Sessions {
  private readonly byTerminal = new Map<string, Session>();
  // Long operations of a terminal (xID polling) listen to this; it fires whenever the terminal is
  // reset, so leaving a screen or timing out stops the work in main at once.
  private readonly operations = new Map<string, AbortController>();

  constructor(private readonly options: SessionsOptions) {}

  /** The terminal's live session, ending it first if it has been idle too long. */
  get(terminal: string): Session | undefined {
    const session = this.byTerminal.get(terminal);
    if (session && this.options.clock.now() - session.lastActivity > this.options.idleMs) {
      this.end(terminal, 'idle');
      return undefined;
    }
    return session;
  }

  /** True when the terminal had a session that the idle rule has just ended. */
  expiredNow(terminal: string): boolean {
    const session = this.byTerminal.get(terminal);
    return session !== undefined && this.get(terminal) === undefined;
  }

  start(terminal: string, start: SessionStart): Session {
    if (this.byTerminal.has(terminal)) this.end(terminal, 'replaced');
    const now = this.options.clock.now();
    const session: Session = { ...start, startedAt: now, lastActivity: now };
    this.byTerminal.set(terminal, session);
    return session;
  }

  touch(terminal: string): void {
    const session = this.get(terminal);
    if (session) session.lastActivity = this.options.clock.now();
  }

  /**
   * Changes the session a caller acted for, if the terminal still holds it. Callers that awaited
   * (hashing) must not change whoever holds the terminal now — e.g. clear someone else's pending
   * required action; false tells them their session has ended meanwhile.
   */
  update(terminal: string, session: Session, change: Partial<Pick<Session, 'requiredAction' | 'displayName' | 'permissions'>>): boolean {
    if (this.byTerminal.get(terminal) !== session) return false;
    Object.assign(session, change);
    return true;
  }

  end(terminal: string, reason: SessionEndReason): void {
    this.abortOperations(terminal);
    const session = this.byTerminal.get(terminal);
    if (!session) return;
    this.byTerminal.delete(terminal);
    this.options.onEnd?.(terminal, session, reason);
  }

  /** Ends every session of an account (locked, accident, deleted, credentials reset). */
  endForAccount(accountId: number, reason: SessionEndReason = 'account_changed'): void {
    for (const [terminal, session] of this.byTerminal) {
      if (session.accountId === accountId) this.end(terminal, reason);
    }
  }

  /** Ends idle sessions even on terminals that stopped calling (a job runs this). */
  sweep(): void {
    for (const terminal of [...this.byTerminal.keys()]) this.get(terminal);
  }

  /** An AbortSignal for a long operation of this terminal, aborted on the next reset. */
  operationSignal(terminal: string): AbortSignal {
    let controller = this.operations.get(terminal);
    if (!controller || controller.signal.aborted) {
      controller = new AbortController();
      this.operations.set(terminal, controller);
    }
    return controller.signal;
  }

  abortOperations(terminal: string): void {
    const controller = this.operations.get(terminal);
    if (controller) {
      controller.abort();
      this.operations.delete(terminal);
    }
  }

  info(terminal: string): SessionInfo | null {
    const s = this.get(terminal);
    if (!s) return null;
    return {
      kind: s.kind,
      displayName: s.displayName,
      loginId: s.loginId,
      role: s.role,
      permissions: s.permissions,
      requiredAction: s.requiredAction,
      startedAt: s.startedAt,
    };
  }

  get size(): number {
    return this.byTerminal.size;
  }
}
