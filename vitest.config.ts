import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { rubyTransform } from './build/ruby-transform';

// The integration suite runs on the embedded SQLite store and, when a PostgreSQL server is given
// (MADOGUCHI_TEST_POSTGRES_URL; .ci/run starts a throwaway one), a second time on PostgreSQL:
// every test app then gets a fresh database of its own on that server (test/fixtures/temp-app.ts).
const postgresUrl = process.env.MADOGUCHI_TEST_POSTGRES_URL;
if (!postgresUrl) {
  console.log('PostgreSQL: skipped (MADOGUCHI_TEST_POSTGRES_URL is not set; the integration suite runs on SQLite only)');
}

// Tests of SQLite itself (the file, its backup and restore), of the adapters, and of the router's
// own limits (fuzz, floods, memory bounds: hundreds of thousands of calls whose store work is
// the same session read on either store) run once.
const storeSpecific = [
  'test/integration/ipc/**',
  'test/integration/store/**',
  // Two app instances on one PostgreSQL database: PostgreSQL-only by nature, run once.
  'test/integration/site/**',
  'test/integration/cli/backup*.test.ts',
  'test/integration/cli/restore*.test.ts',
];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { nodeTransforms: [rubyTransform] } } })],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // SQLite files, SMTP and OIDC servers are real; forks keep native handles per test file.
    pool: 'forks',
    // Vitest's default (CPUs − 1) runs one file at a time on a 2-core machine; the tests wait on
    // sockets, files and the PostgreSQL server much of the time, so two at once halve the suite
    // (897 s → 442 s measured on CI's 2 cores, every file passing) and keep CI inside its budget.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'] },
      },
      ...(postgresUrl
        ? [
            {
              extends: true,
              test: {
                name: 'postgres',
                include: ['test/integration/**/*.test.ts'],
                exclude: storeSpecific,
                env: { MADOGUCHI_TEST_STORE: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
