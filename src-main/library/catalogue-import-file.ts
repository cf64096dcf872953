// A whole catalogue file read and checked, without touching the store: bytes → text (UTF-8 or
// Shift_JIS), CSV or TSV, the header's columns, each line through catalogue-import-line.ts, and a
// 資料ID that appears twice in the file refused on its second line. The result lists every refusal
// with its line number, so the clerk can fix the file; the store decides only new / updated.
import { type CsvError, parse } from 'csv-parse/sync';
import { IMPORT_MAX_LINES, type ImportField, type ImportRefusal } from '../../src-shared/contract/catalogue';
import { columnsOf, missingColumns } from './catalogue-import-columns';
import { decodeCatalogueFile, type Delimiter, delimiterOf, type FileEncoding } from './catalogue-import-decode';
import { type CatalogueLine, fold, type LineRules, readLine } from './catalogue-import-line';

export interface AcceptedLine {
  line: number;
  item: CatalogueLine;
}

export interface CheckedFile {
  encoding: FileEncoding;
  delimiter: Delimiter;
  /** Lines after the header (blank lines not counted). */
  lines: number;
  accepted: AcceptedLine[];
  refusals: ImportRefusal[];
  refusedLines: number;
}

interface Parsed {
  info: { lines: number };
  record: string[];
}

function refusal(line: number, field: ImportField | null, reason: ImportRefusal['reason'], value = '', otherLine: number | null = null): ImportRefusal {
  return { line, field, reason, value, otherLine };
}

/** The first line of a record: its last line less the line breaks inside its quoted cells. */
function startLine(p: Parsed): number {
  let breaks = 0;
  for (const cell of p.record) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) breaks++;
  return p.info.lines - breaks;
}

export function checkCatalogueFile(bytes: Uint8Array, rules: LineRules): CheckedFile {
  const { text, encoding } = decodeCatalogueFile(bytes);
  const delimiter = delimiterOf(text);
  const skipped: number[] = [];
  const records = parse(text, {
    delimiter: delimiter === 'tab' ? '\t' : ',',
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      // csv-parse puts the line it had reached into the error's context.
      if (error) skipped.push(typeof error.lines === 'number' ? error.lines : Number.POSITIVE_INFINITY);
      return undefined;
    },
  }) as unknown as Parsed[];
  const file: CheckedFile = { encoding, delimiter, lines: Math.max(0, records.length - 1), accepted: [], refusals: [], refusedLines: 0 };

  const header = records[0];
  if (!header || records.length < 2) {
    file.refusals.push(refusal(header ? startLine(header) : 1, null, 'empty'));
    file.refusedLines = 1;
    return file;
  }
  const columns = columnsOf(header.record);
  const missing = missingColumns(columns);
  if (missing.length > 0) {
    for (const field of missing) file.refusals.push(refusal(startLine(header), field, 'missing_column'));
    file.refusedLines = 1;
    return file;
  }
  if (file.lines > IMPORT_MAX_LINES) {
    file.refusals.push(refusal(startLine(header), null, 'too_many_lines', String(file.lines)));
    file.refusedLines = 1;
    return file;
  }

  const firstLineOf = new Map<string, number>();
  const fields = Object.entries(columns) as [ImportField, number][];
  // A line that csv-parse could not read is reported after the last line it did read.
  let nextSkipped = 0;
  let lastEnd = header.info.lines;
  const reportSkipped = (before: number) => {
    while (nextSkipped < skipped.length && (skipped[nextSkipped] as number) <= before) {
      file.refusals.push(refusal(lastEnd + 1, null, 'malformed'));
      file.refusedLines++;
      nextSkipped++;
    }
  };
  for (let r = 1; r < records.length; r++) {
    const p = records[r] as Parsed;
    reportSkipped(p.info.lines);
    const line = startLine(p);
    lastEnd = p.info.lines;
    const cells: Partial<Record<ImportField, string>> = {};
    for (const [field, index] of fields) cells[field] = p.record[index] ?? '';
    const { item, problems } = readLine(cells, rules);
    for (const x of problems) file.refusals.push(refusal(line, x.field, x.reason, x.value));
    let refused = problems.length > 0;
    // A valid 資料ID counts as seen even when its line is refused for another cell.
    const barcode = problems.some((x) => x.field === 'barcode') ? undefined : fold(cells.barcode ?? '');
    if (barcode !== undefined) {
      const first = firstLineOf.get(barcode);
      if (first !== undefined) {
        file.refusals.push(refusal(line, 'barcode', 'duplicate', barcode, first));
        refused = true;
      } else {
        firstLineOf.set(barcode, line);
      }
    }
    if (refused) file.refusedLines++;
    else if (item) file.accepted.push({ line, item });
  }
  reportSkipped(Number.POSITIVE_INFINITY);
  return file;
}
