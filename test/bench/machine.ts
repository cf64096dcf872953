// The machine the figures were taken on, printed above the table.
import { cpus, totalmem, platform, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  sqlite: string;
}

export function describeMachine(sqliteVersion: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryBytes: totalmem(),
    node: process.version,
    os: `${platform()} ${release()}`,
    sqlite: sqliteVersion,
  };
}
