// Anchors: the chain's head written down outside the database, one JSON line per anchor
// ({at, lastId, lastHash}). The key stops someone who has only the database from rewriting rows;
// it cannot stop them from cutting rows off the end and moving the head back, nor someone who
// also has the key from rewriting everything. An anchor can: a chain shorter than an anchor, or
// whose row lastId no longer has the anchored hash, was cut or rewritten after the anchor was
// taken. Anchors are worth most when copies of them are kept off the machine
// (`madoguchi-admin audit anchor --out <file on another medium>`).
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ANCHORS_FILE = 'audit-anchors.jsonl';

export interface AuditAnchor {
  /** When the anchor was taken (epoch ms). */
  at: number;
  lastId: number;
  lastHash: string;
}

export function anchorsFileOf(dataDir: string): string {
  return join(dataDir, ANCHORS_FILE);
}

export function anchorLine(anchor: AuditAnchor): string {
  return JSON.stringify({ at: anchor.at, lastId: anchor.lastId, lastHash: anchor.lastHash });
}

export function appendAnchor(file: string, anchor: AuditAnchor): void {
  appendFileSync(file, `${anchorLine(anchor)}\n`);
}

function isAnchor(value: unknown): value is AuditAnchor {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.at === 'number' &&
    Number.isSafeInteger(v.lastId) &&
    (v.lastId as number) >= 0 &&
    typeof v.lastHash === 'string' &&
    /^[0-9a-f]{64}$/.test(v.lastHash)
  );
}

export interface AnchorFile {
  anchors: AuditAnchor[];
  /** Line numbers (from 1) that are not anchors: someone edited the file, or a write was cut. */
  badLines: number[];
}

/** A missing file holds no anchors. */
export function readAnchors(file: string): AnchorFile {
  if (!existsSync(file)) return { anchors: [], badLines: [] };
  const anchors: AuditAnchor[] = [];
  const badLines: number[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        const parsed: unknown = JSON.parse(line);
        if (isAnchor(parsed)) anchors.push(parsed);
        else badLines.push(i + 1);
      } catch {
        badLines.push(i + 1);
      }
    });
  return { anchors, badLines };
}

/** The newest anchor by time (the health screen shows it), or null. */
export function lastAnchor(file: string): AuditAnchor | null {
  const { anchors } = readAnchors(file);
  return anchors.reduce<AuditAnchor | null>((newest, a) => (newest === null || a.at >= newest.at ? a : newest), null);
}

/**
 * After a restore the chain ends where the backup ended: anchors past that end describe rows that
 * left with the replaced database (kept beside it). They move to `setAside`, so the restored
 * chain is checked against the anchors it can still meet. Returns how many moved.
 */
export function setAnchorsAside(file: string, lastId: number, setAside: string): number {
  const { anchors, badLines } = readAnchors(file);
  const later = anchors.filter((a) => a.lastId > lastId);
  if (later.length === 0) return 0;
  writeFileSync(setAside, later.map((a) => `${anchorLine(a)}\n`).join(''), { flag: 'wx' });
  const kept = anchors.filter((a) => a.lastId <= lastId);
  // Lines that are not anchors stay in the original file, where verify-audit goes on reporting them.
  const bad = badLines.length ? readFileSync(file, 'utf8').split('\n').filter((_, i) => badLines.includes(i + 1)) : [];
  writeFileSync(file, [...kept.map(anchorLine), ...bad].map((l) => `${l}\n`).join(''));
  return later.length;
}
