// "Every day at HH:MM" in the site's time zone for site-level daily jobs (scheduled backups). The
// library keeps its own calendar for loans; this is the small part a job needs: which local day an
// instant falls on, and the instant a local time of a day happens — never the machine's zone.
const DAY_MS = 24 * 60 * 60 * 1000;

export class DailyTime {
  private readonly parts: Intl.DateTimeFormat;

  constructor(
    readonly timeZone: string,
    /** Local HH:MM. */
    readonly time: string,
  ) {
    this.parts = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
  }

  private fields(epochMs: number): Record<string, number> {
    const out: Record<string, number> = {};
    for (const p of this.parts.formatToParts(new Date(epochMs))) if (p.type !== 'literal') out[p.type] = Number(p.value);
    return out;
  }

  private offsetMs(epochMs: number): number {
    const f = this.fields(epochMs);
    const asUtc = Date.UTC(f.year ?? 1970, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0);
    return asUtc - Math.floor(epochMs / 1000) * 1000;
  }

  /** YYYY-MM-DD in the zone. */
  dayOf(epochMs: number): string {
    const f = this.fields(epochMs);
    return `${String(f.year).padStart(4, '0')}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  }

  /** The instant the day's HH:MM happens in the zone. */
  at(day: string): number {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const [hh, mm] = this.time.split(':').map(Number) as [number, number];
    const wall = Date.UTC(y, m - 1, d, hh, mm);
    return wall - this.offsetMs(wall - this.offsetMs(wall));
  }

  /** The day whose run is the latest one due at `now` (yesterday's until today's time comes). */
  dueDay(now: number): string {
    const today = this.dayOf(now);
    if (now >= this.at(today)) return today;
    return new Date(Date.parse(`${today}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  }

  /** A scheduler rule: at start (to catch up a missed day), then at the time every day. */
  nextRun(lastRun: number | null, now: number): number {
    if (lastRun === null) return now;
    const next = this.at(this.dayOf(lastRun));
    if (lastRun < next) return next;
    const tomorrow = new Date(Date.parse(`${this.dayOf(lastRun)}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    return this.at(tomorrow);
  }
}
