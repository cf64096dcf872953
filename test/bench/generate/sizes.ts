// How many rows of each kind a run builds: issue 8's municipal scale times --scale, with floors so
// a 1 % run still has enough distinct rows for 1,000 timed calls of every operation.

export interface Sizes {
  patrons: number;
  loanHistory: number;
  currentLoans: number;
  /** Of currentLoans: due on the reminder day, for patrons who asked for reminders. */
  dueLoans: number;
  holds: number;
  citizens: number;
  reservations: number;
  staff: number;
  catalogue: number;
}

export const FULL_SCALE: Sizes = {
  patrons: 1_000_000,
  loanHistory: 10_000_000,
  currentLoans: 300_000,
  dueLoans: 100_000,
  holds: 200_000,
  citizens: 1_000_000,
  reservations: 5_000_000,
  staff: 10_000,
  catalogue: 300_000,
};

/** Rows the measured operations need whatever the scale (distinct targets for every timed call). */
export interface Floors {
  calls: number;
}

export function sizesFor(scale: number, { calls }: Floors): Sizes {
  const n = (full: number, floor: number) => Math.max(floor, Math.round(full * scale));
  // Each timed call of OTP issue, unlock and reservation needs its own account or slot.
  const targets = calls * 2 + 500;
  const patrons = n(FULL_SCALE.patrons, targets + 200);
  const currentLoans = n(FULL_SCALE.currentLoans, 2_000);
  return {
    patrons,
    loanHistory: n(FULL_SCALE.loanHistory, 100_000),
    currentLoans,
    dueLoans: Math.min(n(FULL_SCALE.dueLoans, 1_000), Math.floor(currentLoans / 2)),
    holds: n(FULL_SCALE.holds, 1_000),
    citizens: n(FULL_SCALE.citizens, targets + 200),
    reservations: n(FULL_SCALE.reservations, 100_000),
    staff: n(FULL_SCALE.staff, 50),
    catalogue: n(FULL_SCALE.catalogue, 5_000),
  };
}
