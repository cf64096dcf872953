// A calendar date written 'YYYY-MM-DD', as birth dates and library dates are kept.

/** True when the text is a 'YYYY-MM-DD' date that exists (no 2月30日). */
export function isRealCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
