// Demo data for `npm start` on a fresh data folder (and `madoguchi-admin seed-demo`). Each area
// contributes a seeder; all run in one transaction, only into a database with no accounts yet.
import { seedCitizenDemo } from '../citizen';
import { seedLibraryDemo } from '../library';
import { seedStaffDemo } from '../staff';
import type { DemoContext, DemoSeeder } from './demo-context';

export type { DemoContext, DemoSeeder, DemoServices } from './demo-context';

const seeders: DemoSeeder[] = [seedStaffDemo, seedCitizenDemo, seedLibraryDemo];

/** Returns false when the database already had accounts (nothing is written then). */
export async function seedDemo(ctx: DemoContext): Promise<boolean> {
  return ctx.store.transaction(async () => {
    // Counted inside the transaction: two terminals starting on an empty database seed it once.
    const { n } = (await ctx.store.get<{ n: number }>('SELECT count(*) AS n FROM accounts')) ?? { n: 0 };
    if (n > 0) return false;
    for (const seed of seeders) await seed(ctx);
    return true;
  });
}
