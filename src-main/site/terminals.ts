// The terminals of a site: every machine that runs Madoguchi on the shared database registers at
// start with its name, role (kiosk or counter) and app version, and a heartbeat keeps last_seen
// fresh, so the staff side can tell which machines are out there and which went quiet.
import type { Clock } from '../clock';
import type { Store } from '../store/store';

export type TerminalRole = 'kiosk' | 'counter';

export interface TerminalInfo {
  name: string;
  role: TerminalRole;
  appVersion: string;
  firstSeen: number;
  lastSeen: number;
}

// first_seen stays as the first start wrote it; everything else is this start's.
const REGISTER = `INSERT INTO terminals (name, role, app_version, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (name) DO UPDATE SET role = excluded.role, app_version = excluded.app_version, last_seen = excluded.last_seen`;
const HEARTBEAT = 'UPDATE terminals SET last_seen = ? WHERE name = ?';
const LIST = 'SELECT name, role, app_version, first_seen, last_seen FROM terminals ORDER BY name';

interface TerminalRowDb {
  name: string;
  role: TerminalRole;
  app_version: string;
  first_seen: number;
  last_seen: number;
}

export class Terminals {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async register(name: string, role: TerminalRole, appVersion: string): Promise<void> {
    const now = this.clock.now();
    await this.store.run(REGISTER, [name, role, appVersion, now, now]);
  }

  async heartbeat(name: string): Promise<void> {
    await this.store.run(HEARTBEAT, [this.clock.now(), name]);
  }

  async list(): Promise<TerminalInfo[]> {
    const rows = await this.store.all<TerminalRowDb>(LIST);
    return rows.map((r) => ({ name: r.name, role: r.role, appVersion: r.app_version, firstSeen: r.first_seen, lastSeen: r.last_seen }));
  }
}
