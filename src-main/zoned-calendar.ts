// Days and wall-clock times in one configured time zone (Asia/Tokyo by default), never the
// machine's zone or UTC: a library's due dates and reminder days, a site's daily jobs (backups).
// Dates are 'YYYY-MM-DD' strings: they sort and compare as text.

export type LocalDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;

export class ZonedCalendar {
  private readonly parts: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    this.parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  }

  private fields(epochMs: number): Record<string, number> {
    const out: Record<string, number> = {};
    for (const p of this.parts.formatToParts(new Date(epochMs))) if (p.type !== 'literal') out[p.type] = Number(p.value);
    return out;
  }

  /** Minutes the zone is ahead of UTC at that instant. */
  private offsetMs(epochMs: number): number {
    const f = this.fields(epochMs);
    const asUtc = Date.UTC(f.year ?? 1970, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0);
    return asUtc - Math.floor(epochMs / 1000) * 1000;
  }

  dateOf(epochMs: number): LocalDate {
    const f = this.fields(epochMs);
    return `${String(f.year).padStart(4, '0')}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  }

  /** The instant a local wall-clock time of that date happens. */
  at(date: LocalDate, time = '00:00'): number {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    const wall = Date.UTC(y, m - 1, d, hh, mm);
    const first = wall - this.offsetMs(wall);
    return wall - this.offsetMs(first);
  }

  startOfDay(date: LocalDate): number {
    return this.at(date, '00:00');
  }

  static addDays(date: LocalDate, days: number): LocalDate {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
  }

  static daysBetween(from: LocalDate, to: LocalDate): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  }
}
