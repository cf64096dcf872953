// The status state machine of seed 003: every flag, counter and transition, and the difference
// between consecutive (利用中止) and cumulative (封鎖) failures.
import { describe, expect, it } from 'vitest';
import {
  type AccountStatus,
  clearAccident,
  confirmFailed,
  confirmGate,
  confirmSucceeded,
  initialStatus,
  loginFailed,
  loginGate,
  loginSucceeded,
  releaseBlockade,
  setAccident,
  unlock,
} from '../../../src-main/auth/lockout';

function run(status: AccountStatus, ...steps: ((s: AccountStatus) => { status: AccountStatus; events: string[] })[]) {
  const events: string[][] = [];
  let s = status;
  for (const step of steps) {
    const t = step(s);
    s = t.status;
    events.push(t.events);
  }
  return { status: s, events };
}

const fail5 = (s: AccountStatus) => loginFailed(s, 5);
const confirm6 = (s: AccountStatus) => confirmFailed(s, 6);

describe('利用中止: consecutive login failures', () => {
  it('locks at the threshold, not before, and says so once', () => {
    const four = run(initialStatus, fail5, fail5, fail5, fail5);
    expect(four.status).toMatchObject({ locked: false, consecutiveFailures: 4 });
    expect(four.events.flat()).toEqual(['login_failed', 'login_failed', 'login_failed', 'login_failed']);
    const five = loginFailed(four.status, 5);
    expect(five.status).toMatchObject({ locked: true, consecutiveFailures: 5 });
    expect(five.events).toEqual(['login_failed', 'locked']);
    const six = loginFailed(five.status, 5);
    expect(six.status.locked).toBe(true);
    expect(six.events).toEqual(['login_failed']);
  });

  it('a success resets the consecutive count', () => {
    const { status } = run(initialStatus, fail5, fail5, fail5, fail5, loginSucceeded, fail5, fail5, fail5, fail5);
    expect(status).toMatchObject({ locked: false, consecutiveFailures: 4 });
    expect(loginSucceeded(initialStatus).events).toEqual(['login_succeeded']);
  });

  it('the gate closes for a locked account, and for 事故登録 before that', () => {
    expect(loginGate(initialStatus)).toBe('open');
    expect(loginGate({ ...initialStatus, locked: true })).toBe('locked');
    expect(loginGate({ ...initialStatus, locked: true, accident: true, accidentReason: 'x' })).toBe('accident');
    expect(() => loginSucceeded({ ...initialStatus, locked: true })).toThrow();
    expect(() => loginSucceeded({ ...initialStatus, accident: true, accidentReason: 'x' })).toThrow();
  });

  it('follows the threshold it is given', () => {
    expect(loginFailed(initialStatus, 1).status.locked).toBe(true);
    expect(loginFailed({ ...initialStatus, consecutiveFailures: 8 }, 10).status.locked).toBe(false);
  });

  it('利用中止解除 clears the flag and the counter; on an unlocked account it is silent', () => {
    const locked = run(initialStatus, fail5, fail5, fail5, fail5, fail5).status;
    const t = unlock(locked);
    expect(t.status).toMatchObject({ locked: false, consecutiveFailures: 0 });
    expect(t.events).toEqual(['unlocked']);
    expect(unlock({ ...initialStatus, consecutiveFailures: 3 })).toEqual({ status: { ...initialStatus, consecutiveFailures: 0 }, events: [] });
  });

  it('leaves the confirmation counter and the other flags alone', () => {
    const s: AccountStatus = { ...initialStatus, confirmFailures: 3, blockaded: false, accident: true, accidentReason: 'r' };
    expect(loginFailed(s, 5).status).toMatchObject({ confirmFailures: 3, accident: true, accidentReason: 'r' });
    expect(unlock({ ...s, locked: true }).status).toMatchObject({ confirmFailures: 3, accident: true });
  });
});

describe('封鎖: cumulative confirmation-PIN failures', () => {
  it('blockades at the sixth failure in total; successes in between do not forgive', () => {
    const { status, events } = run(initialStatus, confirm6, confirm6, confirmSucceeded, confirm6, confirm6, confirmSucceeded, confirm6);
    expect(status).toMatchObject({ confirmFailures: 5, blockaded: false });
    expect(events[2]).toEqual(['confirm_succeeded']);
    const sixth = confirmFailed(status, 6);
    expect(sixth.status).toMatchObject({ confirmFailures: 6, blockaded: true });
    expect(sixth.events).toEqual(['confirm_failed', 'blockaded']);
    expect(confirmFailed(sixth.status, 6).events).toEqual(['confirm_failed']);
  });

  it('a blockaded account cannot confirm, and the gate says so', () => {
    expect(confirmGate(initialStatus)).toBe('open');
    expect(confirmGate({ ...initialStatus, blockaded: true })).toBe('blockaded');
    expect(() => confirmSucceeded({ ...initialStatus, blockaded: true })).toThrow();
  });

  it('is independent of the login counter: a login success leaves it, a lock does not set it', () => {
    const s = run(initialStatus, confirm6, confirm6, loginSucceeded).status;
    expect(s.confirmFailures).toBe(2);
    const locked = run(initialStatus, fail5, fail5, fail5, fail5, fail5).status;
    expect(locked).toMatchObject({ blockaded: false, confirmFailures: 0 });
  });

  it('封鎖解除 clears the flag and the count; with nothing to clear it is silent', () => {
    const blocked = run(initialStatus, confirm6, confirm6, confirm6, confirm6, confirm6, confirm6).status;
    expect(releaseBlockade(blocked)).toEqual({ status: { ...blocked, blockaded: false, confirmFailures: 0 }, events: ['blockade_released'] });
    expect(releaseBlockade({ ...initialStatus, confirmFailures: 2 }).events).toEqual(['blockade_released']);
    expect(releaseBlockade(initialStatus).events).toEqual([]);
  });
});

describe('事故登録', () => {
  it('sets the flag with a trimmed reason of 1–20 characters, counted as characters', () => {
    const t = setAccident(initialStatus, '  カード紛失  ');
    expect(t.status).toMatchObject({ accident: true, accidentReason: 'カード紛失' });
    expect(t.events).toEqual(['accident_set']);
    expect(setAccident(initialStatus, '𠮷'.repeat(20)).status.accidentReason).toBe('𠮷'.repeat(20));
    expect(() => setAccident(initialStatus, 'あ'.repeat(21))).toThrow(RangeError);
    expect(() => setAccident(initialStatus, '   ')).toThrow(RangeError);
  });

  it('解除 clears flag and reason; silent when there was none; counters untouched', () => {
    const s = { ...setAccident(initialStatus, '盗難').status, consecutiveFailures: 2, confirmFailures: 1 };
    expect(clearAccident(s)).toEqual({ status: { ...s, accident: false, accidentReason: null }, events: ['accident_cleared'] });
    expect(clearAccident(initialStatus).events).toEqual([]);
  });

  it('does not touch 利用中止 or 封鎖', () => {
    const s: AccountStatus = { ...initialStatus, locked: true, blockaded: true, consecutiveFailures: 5, confirmFailures: 6 };
    expect(setAccident(s, 'x').status).toMatchObject({ locked: true, blockaded: true, consecutiveFailures: 5, confirmFailures: 6 });
    expect(clearAccident({ ...s, accident: true, accidentReason: 'x' }).status).toMatchObject({ locked: true, blockaded: true });
  });
});
