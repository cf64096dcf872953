// The `backup` and `log` sections of config.json: what a site's IT staff set so that Madoguchi runs
// for years without a developer (issue 16). Both default to something safe on a single machine:
// a verified SQLite backup every night, seven kept, and info-level logs of at most 5 × 5 MB.
import { z } from 'zod';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const backupConfig = z
  .object({
    /**
     * Local time (HH:MM, in library.timeZone) of the daily backup of the SQLite file; null turns
     * the scheduled backup off (the health screen then says so). PostgreSQL sites use pg_dump.
     */
    time: z.string().regex(TIME, 'a time HH:MM').nullable().default('02:30'),
    /** How many scheduled backups are kept; older ones are deleted after a new one verified. */
    keep: z.number().int().min(1).max(365).default(7),
    /** Where they are written (relative to the data folder). */
    dir: z.string().min(1).default('backups'),
    /**
     * PostgreSQL: a file the site's pg_dump script touches after each successful dump (relative to
     * the data folder, or absolute). Its modification time is shown as the last backup; without it
     * the health check cannot see PostgreSQL backups and says so.
     */
    postgresLastRunFile: z.string().min(1).nullable().default(null),
  })
  .strict()
  .prefault({});

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export const logConfig = z
  .object({
    /** Lines below this level are not written. */
    level: z.enum(LOG_LEVELS).default('info'),
    /** A log file is rotated when it reaches this size, or when the day (local time) changes. */
    maxFileMB: z.number().min(0.1).max(1000).default(5),
    /** Rotated files kept beside the current one (main.log.1 … main.log.N). */
    keepFiles: z.number().int().min(1).max(100).default(5),
  })
  .strict()
  .prefault({});
