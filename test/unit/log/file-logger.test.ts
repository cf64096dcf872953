// The main-process log: JSON lines, rotated by size and by day, filtered by config log.level.
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger, createMemoryLogger, type LogEntry } from '../../../src-main/log';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-log-'));
  dirs.push(dir);
  return join(dir, 'logs', 'main.log');
}

function lines(file: string): LogEntry[] {
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as LogEntry);
}

describe('the file logger', () => {
  it('writes one JSON object per line with time, level and event', () => {
    const file = tempFile();
    const log = createFileLogger({ file });
    log.info('app.started', { terminal: 'k1' });
    log.error('job.failed', new Error('boom'), { job: 'x' });
    const [first, second] = lines(file);
    expect(first).toMatchObject({ level: 'info', event: 'app.started', detail: { terminal: 'k1' } });
    expect(new Date(first?.at ?? '').toString()).not.toBe('Invalid Date');
    expect(second).toMatchObject({ level: 'error', event: 'job.failed', error: { name: 'Error', message: 'boom' } });
  });

  it('rotates by size and keeps only the configured number of files', () => {
    const file = tempFile();
    const log = createFileLogger({ file, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 30; i++) log.info('line', { i, pad: 'x'.repeat(60) });
    expect(existsSync(`${file}.1`)).toBe(true);
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    // The newest line is in the current file, and no line was written twice across the files.
    expect(lines(file).at(-1)?.detail).toMatchObject({ i: 29 });
    const all = [file, `${file}.1`, `${file}.2`].flatMap((f) => lines(f).map((e) => e.detail?.i));
    expect(new Set(all).size).toBe(all.length);
  });

  it('starts a new file when the day changes, whatever its size', () => {
    const file = tempFile();
    const log = createFileLogger({ file, dayOf: (ms) => new Date(ms).toISOString().slice(0, 10) });
    log.info('yesterday');
    const yesterday = (Date.now() - 24 * 3600_000) / 1000;
    utimesSync(file, yesterday, yesterday);
    log.info('today');
    expect(lines(`${file}.1`).map((e) => e.event)).toEqual(['yesterday']);
    expect(lines(file).map((e) => e.event)).toEqual(['today']);
  });

  it('writes only lines at or above the level, which config can change after opening', () => {
    const file = tempFile();
    const log = createFileLogger({ file, level: 'warn' });
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.configure?.({ level: 'debug', maxBytes: 1_000_000, keep: 3 });
    log.debug('d2');
    expect(lines(file).map((e) => e.event)).toEqual(['w', 'd2']);
  });

  it('survives a log folder it cannot write to', () => {
    const file = tempFile();
    const log = createFileLogger({ file });
    rmSync(join(file, '..'), { recursive: true, force: true });
    writeFileSync(join(file, '..'), 'not a folder');
    expect(() => log.info('still running')).not.toThrow();
  });

  it('memory logger keeps every level for tests', () => {
    const log = createMemoryLogger();
    log.debug('d');
    expect(log.entries.map((e) => e.level)).toEqual(['debug']);
  });
});
