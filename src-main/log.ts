// Main-process log: JSON lines in the data folder's logs/, rotated by size and by day, filtered by
// level (config log.*). Secrets never reach it: callers pass codes and ids, never inputs, and a
// test scans every line after flows that mail one-time codes.
//
// Why not pino: its file rotation (pino-roll) runs as a worker-thread transport, which in the
// packaged app means extra files unpacked from the asar, and its asynchronous writes lose the last
// lines when the process dies — the very lines a technician needs after a crash. This writer
// appends synchronously (one write per line, a few per minute on a kiosk) with the same JSON-lines
// output that log tools read.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(event: string, detail?: Record<string, unknown>): void;
  info(event: string, detail?: Record<string, unknown>): void;
  warn(event: string, detail?: Record<string, unknown>): void;
  error(event: string, error?: unknown, detail?: Record<string, unknown>): void;
  /**
   * Applies config.json's log section once it is read (the Electron entry opens the log before the
   * config, so that a bad config is itself logged). Loggers without settings ignore it.
   */
  configure?(settings: LogSettings): void;
}

export interface LogSettings {
  level?: LogLevel;
  maxBytes?: number;
  keep?: number;
}

export interface LogEntry {
  at: string;
  level: LogLevel;
  event: string;
  detail?: Record<string, unknown>;
  error?: { name: string; message: string; stack?: string };
}

function describe(error: unknown): LogEntry['error'] {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return error === undefined ? undefined : { name: 'NonError', message: String(error) };
}

export interface FileLoggerOptions {
  file: string;
  maxBytes?: number;
  keep?: number;
  level?: LogLevel;
  /** Also echo to stderr (development and CLI). */
  echo?: boolean;
  /** The machine's local day of an instant (tests pin it); a file is rotated when it changes. */
  dayOf?: (epochMs: number) => string;
}

function localDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Appends synchronously so the line is on disk even if the process dies right after. */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const { file, echo = false, dayOf = localDay } = options;
  let maxBytes = options.maxBytes ?? 5_000_000;
  let keep = options.keep ?? 5;
  mkdirSync(dirname(file), { recursive: true });
  const shift = () => {
    rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    renameSync(file, `${file}.1`);
  };
  const rotate = (now: number) => {
    if (!existsSync(file)) return;
    const { size, mtimeMs } = statSync(file);
    // A file a day (or less): a technician looking for "Tuesday morning" opens one file.
    if (size >= maxBytes || (size > 0 && dayOf(mtimeMs) !== dayOf(now))) shift();
  };
  const write = (entry: LogEntry) => {
    const line = JSON.stringify(entry);
    try {
      rotate(Date.now());
      appendFileSync(file, `${line}\n`);
    } catch {
      // A full or read-only disk must not take the kiosk down with it.
    }
    if (echo) process.stderr.write(`${line}\n`);
  };
  const logger = createLogger(write, options.level);
  const setLevel = logger.configure;
  logger.configure = (settings) => {
    setLevel?.(settings);
    if (settings.maxBytes !== undefined) maxBytes = settings.maxBytes;
    if (settings.keep !== undefined) keep = settings.keep;
  };
  return logger;
}

export function createLogger(write: (entry: LogEntry) => void, level: LogLevel = 'info'): Logger {
  const at = () => new Date().toISOString();
  let threshold = RANK[level];
  const emit = (entry: Omit<LogEntry, 'at'>) => {
    if (RANK[entry.level] >= threshold) write({ at: at(), ...entry });
  };
  return {
    debug: (event, detail) => emit({ level: 'debug', event, detail }),
    info: (event, detail) => emit({ level: 'info', event, detail }),
    warn: (event, detail) => emit({ level: 'warn', event, detail }),
    error: (event, error, detail) => emit({ level: 'error', event, detail, error: describe(error) }),
    configure(settings) {
      if (settings.level) threshold = RANK[settings.level];
    },
  };
}

/** Keeps entries in memory; tests read them. Every level is kept unless configured otherwise. */
export function createMemoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return Object.assign(createLogger((e) => entries.push(e), 'debug'), { entries });
}
