// What a demo seeder gets. Declared here, not taken from app.ts, so the area seeders (which app.ts
// reaches through seed.ts) never import the composition root back: only the services the seeders
// use are named, by their areas' own types.
import type { Accounts } from '../auth/accounts';
import type { CitizenServices } from '../citizen';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import type { Library } from '../library';
import type { Mailer } from '../mail/mailer';
import type { StaffArea } from '../staff';
import type { Store } from '../store/store';

export interface DemoServices {
  accounts: Accounts;
  staff: StaffArea;
  citizen: CitizenServices;
  library: Library;
}

export interface DemoContext {
  /** Every seeder runs inside one transaction of this store. */
  store: Store;
  services: DemoServices;
  mailer: Mailer;
  config: Config;
  clock: Clock;
}

/** Writes one area's demo rows; secrets are hashed with hashSecretSync (no await but the store's). */
export type DemoSeeder = (ctx: DemoContext) => Promise<void>;
