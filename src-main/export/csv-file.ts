// CSV files for the back office (attendee lists now; statistics and the catalogue later): UTF-8
// with a byte-order mark, so that Excel on a Japanese Windows opens Japanese text as UTF-8 rather
// than Shift_JIS; CRLF line ends as Excel writes them; every text cell through the formula guard.
// Files go to the data folder's exports/ with the date in their name (参加者一覧_2027-01-12.csv);
// main writes the file and the screen shows where it is. A save dialog (a folder the clerk picks)
// comes with the operations issue, through the Electron-only code.
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './formula-guard';
import { writeNewFile } from './new-file';

export type CsvCell = string | number | null;

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export const EXPORTS_FOLDER = 'exports';

function guarded(cell: CsvCell): string | number {
  if (cell === null) return '';
  return typeof cell === 'number' ? cell : neutraliseFormula(cell);
}

/** The whole file's text, byte-order mark first. */
export function csvText(table: CsvTable): string {
  const records = [table.header.map((h) => neutraliseFormula(h)), ...table.rows.map((row) => row.map(guarded))];
  return stringify(records, { bom: true, record_delimiter: 'windows'});
}

export interface WrittenExport {
  path: string;
  fileName: string;
}

/** A name that stays one file name inside exports/: no folder separators or control characters. */
function safeBaseName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return cleaned === '' ? 'export' : cleaned;
}

/**
 * Writes `<baseName>_<day>.csv` into <dataDir>/exports/ ('_2', '_3' … when that name is taken:
 * an earlier export of the same day is never overwritten, the file is created exclusively).
 */
export function writeCsvExport(dataDir: string, baseName: string, day: string, table: CsvTable): WrittenExport {
  const bytes = Buffer.from(csvText(table), 'utf8');
  const stem = `${safeBaseName(baseName)}_${day}`;
  return writeNewFile(join(dataDir, EXPORTS_FOLDER), (n) => (n === 1 ? `${stem}.csv` : `${stem}_${n}.csv`), bytes);
}
