// 利用者ID: S0001, S0002 … for clerks and A0001 … for administrators (seed 003 shows S0001).
// Four digits as in the seed; the number simply grows a digit after 9999.
import type { StaffRole } from '../../src-shared/contract/staff';

export function staffIdPrefix(role: StaffRole): 'S' | 'A' {
  return role === 'admin' ? 'A' : 'S';
}

export function formatStaffId(role: StaffRole, n: number): string {
  return `${staffIdPrefix(role)}${String(n).padStart(4, '0')}`;
}
