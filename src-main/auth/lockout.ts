// The status state machine every login and every confirmation-PIN check goes through (seed 003).
//
//  利用中止 (locked)    consecutive login failures reach the threshold; a success resets the
//                       counter; only an administrator (or recovery, for administrators) clears it.
//  封鎖 (blockaded)     cumulative confirmation-PIN failures reach the threshold; a success does
//                       NOT reset the counter (the seed's 累積封鎖); only release clears it.
//  事故登録 (accident)  set and cleared by an administrator, with a reason of at most 20 characters.
//
// Pure functions over a snapshot; the accounts repository persists the result and audits events.

export interface AccountStatus {
  locked: boolean;
  accident: boolean;
  accidentReason: string | null;
  blockaded: boolean;
  consecutiveFailures: number;
  confirmFailures: number;
}

export type StatusEvent =
  | 'login_failed'
  | 'login_succeeded'
  | 'locked'
  | 'unlocked'
  | 'confirm_failed'
  | 'confirm_succeeded'
  | 'blockaded'
  | 'blockade_released'
  | 'accident_set'
  | 'accident_cleared';

export interface Transition {
  status: AccountStatus;
  events: StatusEvent[];
}

export const ACCIDENT_REASON_MAX = 20;

export const initialStatus: AccountStatus = {
  locked: false,
  accident: false,
  accidentReason: null,
  blockaded: false,
  consecutiveFailures: 0,
  confirmFailures: 0,
};

/** Whether a login may even be attempted. Locked accounts still burn the same time (no oracle). */
export function loginGate(status: AccountStatus): 'open' | 'locked' | 'accident' {
  if (status.accident) return 'accident';
  if (status.locked) return 'locked';
  return 'open';
}

export function loginFailed(status: AccountStatus, threshold: number): Transition {
  const consecutiveFailures = status.consecutiveFailures + 1;
  const reachesLock = !status.locked && consecutiveFailures >= threshold;
  return {
    status: { ...status, consecutiveFailures, locked: status.locked || reachesLock },
    events: reachesLock ? ['login_failed', 'locked'] : ['login_failed'],
  };
}

export function loginSucceeded(status: AccountStatus): Transition {
  if (status.locked || status.accident) throw new Error('a locked or accident account cannot log in');
  return { status: { ...status, consecutiveFailures: 0 }, events: ['login_succeeded'] };
}

export function unlock(status: AccountStatus): Transition {
  return { status: { ...status, locked: false, consecutiveFailures: 0 }, events: status.locked ? ['unlocked'] : [] };
}

export function confirmGate(status: AccountStatus): 'open' | 'blockaded' {
  return status.blockaded ? 'blockaded' : 'open';
}

export function confirmFailed(status: AccountStatus, threshold: number): Transition {
  const confirmFailures = status.confirmFailures + 1;
  const reachesBlock = !status.blockaded && confirmFailures >= threshold;
  return {
    status: { ...status, confirmFailures, blockaded: status.blockaded || reachesBlock },
    events: reachesBlock ? ['confirm_failed', 'blockaded'] : ['confirm_failed'],
  };
}

/** Cumulative by design: a correct PIN does not forgive earlier mistakes. */
export function confirmSucceeded(status: AccountStatus): Transition {
  if (status.blockaded) throw new Error('a blockaded account cannot confirm');
  return { status, events: ['confirm_succeeded'] };
}

export function releaseBlockade(status: AccountStatus): Transition {
  return {
    status: { ...status, blockaded: false, confirmFailures: 0 },
    events: status.blockaded || status.confirmFailures > 0 ? ['blockade_released'] : [],
  };
}

export function setAccident(status: AccountStatus, reason: string): Transition {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || [...trimmed].length > ACCIDENT_REASON_MAX) {
    throw new RangeError(`an accident reason is 1–${ACCIDENT_REASON_MAX} characters`);
  }
  return { status: { ...status, accident: true, accidentReason: trimmed }, events: ['accident_set'] };
}

export function clearAccident(status: AccountStatus): Transition {
  return {
    status: { ...status, accident: false, accidentReason: null },
    events: status.accident ? ['accident_cleared'] : [],
  };
}
