// `madoguchi-admin seed-demo`: the demo data set into an empty database.
import { seedDemo } from '../demo/seed';
import { DEMO_STAFF } from '../staff';
import { type CommandContext, openApp } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

export async function runSeedDemo(ctx: CommandContext): Promise<number> {
  const app = await openApp(ctx);
  try {
    const written = await seedDemo({ store: app.store, services: app.services, mailer: app.mailer, config: app.config, clock: app.clock });
    if (!written) {
      ctx.io.err('データベースにはすでに利用者がいるため、デモデータは書き込みませんでした。');
      ctx.io.err('The database already holds accounts; the demo data was not written.');
      return EXIT_FAILED;
    }
    ctx.io.out('デモデータを書き込みました。 / Demo data written.');
    ctx.io.out(`  管理者 / administrator: ${DEMO_STAFF.admin.staffId}  (README: demo credentials)`);
    ctx.io.out(`  職員 / clerk:           ${DEMO_STAFF.clerk.staffId}`);
    return EXIT_OK;
  } finally {
    await app.close();
  }
}
