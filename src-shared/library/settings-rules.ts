// The cross-field rules of 利用者情報変更 (seed 002), beyond each field's own format: a mail kind
// sent to 自PC needs an address tagged 自PC (携帯 likewise), 予約連絡方法 メール needs an address,
// and a password change needs the current password and a new one that passes the password rules.
// Shared so the input screen marks the same fields main would refuse.
import type { PatronSettings } from '../contract/library';
import type { FieldErrors } from '../errors';
import { newPasswordProblem, normalizePassword, type PasswordContext } from './patron-password';

const DESTINATION_FIELDS = ['registrationTo', 'holdTo', 'sdiTo', 'dueNoticeTo'] as const;

export function hasAddressOfKind(s: PatronSettings, kind: 'pc' | 'mobile'): boolean {
  return (s.email1 !== null && s.email1Kind === kind) || (s.email2 !== null && s.email2Kind === kind);
}

export function settingsProblems(s: PatronSettings, branchCodes: readonly string[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const field of DESTINATION_FIELDS) {
    const to = s[field];
    if (to.pc && !hasAddressOfKind(s, 'pc')) fields[field] = 'needs_pc_address';
    else if (to.mobile && !hasAddressOfKind(s, 'mobile')) fields[field] = 'needs_mobile_address';
  }
  // 配信 with nowhere to deliver would silently send nothing.
  if (s.dueNotice && !s.dueNoticeTo.pc && !s.dueNoticeTo.mobile) fields.dueNoticeTo ??= 'required';
  if (s.registrationMail && !s.registrationTo.pc && !s.registrationTo.mobile) fields.registrationTo ??= 'required';
  if (s.holdContact === 'mail' && s.email1 === null && s.email2 === null) fields.holdContact = 'needs_address';
  if (!branchCodes.includes(s.pickupBranch)) fields.pickupBranch = 'invalid';
  return fields;
}

export interface PasswordFields {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function wantsPasswordChange(p: PasswordFields): boolean {
  return p.currentPassword !== '' || p.newPassword !== '' || p.confirmPassword !== '';
}

/** Rules of the forced change and of 利用者情報変更 (which also asks for the current password). */
export function passwordProblems(p: PasswordFields, ctx: PasswordContext, requireCurrent: boolean): FieldErrors {
  const fields: FieldErrors = {};
  if (requireCurrent && p.currentPassword === '') fields.currentPassword = 'required';
  const problem = newPasswordProblem(p.newPassword, ctx);
  if (problem) fields.newPassword = problem;
  else if (requireCurrent && normalizePassword(p.newPassword) === normalizePassword(p.currentPassword)) fields.newPassword = 'same_as_other';
  if (p.confirmPassword === '') fields.confirmPassword = 'required';
  else if (normalizePassword(p.confirmPassword) !== normalizePassword(p.newPassword)) fields.confirmPassword = 'mismatch';
  return fields;
}
