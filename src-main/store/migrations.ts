// Numbered .sql files, bundled at build time. Each runs in its own transaction and bumps
// PRAGMA user_version, so a database always sits exactly at one migration.
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const name = path.replace(/^.*\//, '');
    const match = /^(\d+)_.+\.sql$/.exec(name);
    if (!match) throw new Error(`migration file name must start with a number: ${name}`);
    return { version: Number(match[1]), name, sql };
  })
  .sort((a, b) => a.version - b.version);

// Numbers must run 1, 2, 3 … with no gap or duplicate, or user_version would lie.
migrations.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migrations must be numbered 1…n without gaps: ${m.name}`);
});

export const latestVersion = migrations.length;
