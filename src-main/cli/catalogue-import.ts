// `madoguchi-admin catalogue import <file> [--dry-run]`: a library's catalogue file (CSV or TSV,
// UTF-8 or Shift_JIS) into the catalogue, through the same import as the counter screen. Prints
// the counts and every refused line; exit 1 when any line is refused (then nothing was written).
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportField, ImportReason, ImportReport } from '../../src-shared/contract/catalogue';
import { cliActor, type CommandContext, openApp } from './command-context';
import { EXIT_FAILED, EXIT_OK } from './usage';

const FIELD: Record<ImportField, string> = {
  barcode: '資料ID',
  isbn: 'ISBN',
  title: '書名',
  author: '著者',
  publisher: '出版者',
  year: '出版年',
  ndc: 'NDC',
  branch: '所蔵館',
  status: '状態',
  kind: '種別',
};

const REASON: Record<ImportReason, string> = {
  required: '空欄です / empty',
  format: '形式が違います / not in the expected form',
  checksum: 'チェックディジットが合いません / check digit does not match',
  too_long: '長すぎます / too long',
  out_of_range: 'ありえない年です / year out of range',
  unknown_branch: '登録されていない館です / no such branch',
  unknown_status: '知らない状態です / unknown status',
  unknown_kind: '知らない種別です / unknown kind',
  duplicate: 'ファイル内で重複しています / duplicate in the file',
  missing_column: '列がありません / column missing',
  malformed: 'CSVとして読めません / unreadable as CSV',
  empty: 'データがありません / no data',
  too_many_lines: '行が多すぎます / too many lines',
};

export function refusalLines(report: ImportReport): string[] {
  return report.refusals.map((r) => {
    const where = r.field ? FIELD[r.field] : 'ファイル / file';
    const also = r.otherLine !== null ? ` (${r.otherLine}行目 / line ${r.otherLine})` : '';
    const value = r.value ? ` 「${r.value}」` : '';
    return `  ${r.line}行目 / line ${r.line}: ${where} — ${REASON[r.reason]}${also}${value}`;
  });
}

export async function runCatalogueImport(ctx: CommandContext, file: string, dryRun: boolean): Promise<number> {
  const path = resolve(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    ctx.io.err(`ファイルを読めません / Cannot read the file: ${path}`);
    return EXIT_FAILED;
  }
  const app = await openApp(ctx);
  try {
    const lib = app.services.library;
    const report = dryRun ? await lib.catalogueImport.check(bytes) : await lib.catalogueImport.run(bytes, cliActor(), { fileName: basename(path) });
    const out = ctx.io.out;
    out(`${dryRun ? '試行（書き込みなし） / Dry run (nothing written)' : '取り込み / Import'}: ${basename(path)} (${report.encoding}, ${report.delimiter === 'tab' ? 'TSV' : 'CSV'})`);
    out(`  行数 / lines:        ${report.lines}`);
    out(`  新規 / new:          ${report.added}`);
    out(`  更新 / updated:      ${report.updated}`);
    out(`  変更なし / unchanged: ${report.unchanged}`);
    out(`  取り込めない行 / refused lines: ${report.refusedLines}`);
    if (report.refusedLines > 0) {
      ctx.io.err('次の行を直してから、もう一度取り込んでください（何も書き込んでいません）。');
      ctx.io.err('Fix these lines and import the file again (nothing was written):');
      for (const line of refusalLines(report)) ctx.io.err(line);
      return EXIT_FAILED;
    }
    out(report.written ? '取り込みました。 / Imported.' : '問題はありません。--dry-run を外すと取り込みます。 / No problems: run without --dry-run to import.');
    return EXIT_OK;
  } finally {
    await app.close();
  }
}
