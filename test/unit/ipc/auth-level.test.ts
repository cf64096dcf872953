import { describe, expect, it } from 'vitest';
import type { Session } from '../../../src-main/auth/sessions';
import { meetsAuth } from '../../../src-main/ipc/router';

function session(over: Partial<Session>): Session {
  return {
    id: 'session-1', accountId: 1, kind: 'staff', loginId: 'S0001', displayName: 'x', role: 'clerk', permissions: [],
    requiredAction: null, startedAt: 0, lastActivity: 0, ...over,
  };
}

describe('auth levels', () => {
  it('public needs nothing', () => {
    expect(meetsAuth('public', undefined)).toBe(true);
  });
  it('citizen and patron need that kind of session', () => {
    expect(meetsAuth('citizen', undefined)).toBe(false);
    expect(meetsAuth('citizen', session({ kind: 'citizen', role: null }))).toBe(true);
    expect(meetsAuth('citizen', session({ kind: 'patron', role: null }))).toBe(false);
    expect(meetsAuth('patron', session({ kind: 'patron', role: null }))).toBe(true);
    expect(meetsAuth('patron', session({ kind: 'staff' }))).toBe(false);
  });
  it('staff permissions: a clerk needs the permission, an administrator holds them all', () => {
    expect(meetsAuth('staff', session({}))).toBe(true);
    expect(meetsAuth('staff:mail_log', session({}))).toBe(false);
    expect(meetsAuth('staff:mail_log', session({ permissions: ['mail_log'] }))).toBe(true);
    expect(meetsAuth('staff:mail_log', session({ role: 'admin' }))).toBe(true);
    expect(meetsAuth('staff:mail_log', session({ kind: 'citizen', role: null, permissions: ['mail_log'] }))).toBe(false);
  });
  it('admin needs the administrator role', () => {
    expect(meetsAuth('admin', session({ permissions: ['staff_management'] }))).toBe(false);
    expect(meetsAuth('admin', session({ role: 'admin' }))).toBe(true);
  });
});
