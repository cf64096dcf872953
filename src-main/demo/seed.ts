// Demo data for `npm start` on a fresh data folder (and `madoguchi-admin seed-demo`). Each area
// contributes a seeder; all run in one transaction, only into a database with no accounts yet.
import type { Services } from '../app';
import { seedCitizenDemo } from '../citizen/demo';
import { seedStaffDemo } from '../staff/demo';
import { seedLibraryDemo } from '../library/demo';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import type { Mailer } from '../mail/mailer';
import type { Db } from '../store/database';

export interface DemoContext {
  db: Db;
  services: Services;
  mailer: Mailer;
  config: Config;
  clock: Clock;
}

export type DemoSeeder = (ctx: DemoContext) => void;

const seeders: DemoSeeder[] = [seedStaffDemo, seedCitizenDemo, seedLibraryDemo];

/** Returns false when the database already had accounts (nothing is written then). */
export function seedDemo(ctx: DemoContext): boolean {
  const { n } = ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM accounts').get() ?? { n: 0 };
  if (n > 0) return false;
  ctx.db.transaction(() => {
    for (const seed of seeders) seed(ctx);
  }).immediate();
  return true;
}
