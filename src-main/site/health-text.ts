// The health report as lines for `madoguchi-admin status`, in Japanese and English on each line as
// the other commands write. The staff screen words the same reason codes in src-renderer/i18n.
import type { HealthReason, HealthReport, HealthStatus } from '../../src-shared/contract/operations';

export const REASON_TEXT: Record<HealthReason, string> = {
  ok: '正常 / ok',
  schema_behind: 'データベースの版がこの窓口と違います / the database schema differs from this version',
  store_unreachable: 'データベースに接続できません / the database cannot be reached',
  mail_failed: '送信に失敗したメールがあります（メール送信履歴から再送） / some mails failed (resend from the mail log)',
  mail_stale: '送信待ちのメールが長く残っています（SMTP サーバーを確認） / mails have waited long (check the SMTP server)',
  backup_none: 'バックアップがまだありません / there is no backup yet',
  backup_old: '最後のバックアップが古くなっています / the last backup is old',
  backup_unverified: '最後のバックアップの検査に失敗しました / the last backup failed its check',
  backup_off: '定時バックアップが止まっています（backup.time） / scheduled backups are off (backup.time)',
  backup_postgres_unknown: 'PostgreSQL のバックアップ状況が分かりません（backup.postgresLastRunFile を設定） / PostgreSQL backups are not visible (set backup.postgresLastRunFile)',
  disk_low: 'データフォルダーの空き容量が少なくなっています / the data folder is running out of space',
  disk_critical: 'データフォルダーの空き容量がほとんどありません / the data folder is almost full',
  disk_unknown: '空き容量を調べられません / free space cannot be read',
  audit_never_verified: '監査ログの検証記録がありません（verify-audit を実行） / the audit log has not been verified here (run verify-audit)',
  audit_verify_old: '監査ログの最後の検証が古くなっています / the last audit verification is old',
  audit_verify_failed: '監査ログの検証に失敗しました / the audit log failed its verification',
  audit_no_anchor: '監査ログのアンカーがありません / no audit anchor has been written',
  terminals_quiet: '一日以上応答のない端末があります / a terminal has not been seen for a day or more',
  terminals_version: '版の違う端末があります / a terminal runs another version',
};

const LABEL: Record<keyof Omit<HealthReport, 'checkedAt' | 'overall' | 'terminal'>, string> = {
  version: 'バージョン / Version',
  store: 'データベース / Store',
  mail: 'メール / Mail queue',
  backup: 'バックアップ / Backup',
  disk: '空き容量 / Free disk',
  audit: '監査ログ / Audit log',
  terminals: '端末 / Terminals',
};

function tag(status: HealthStatus): string {
  return `[${status.toUpperCase().padEnd(4)}]`;
}

function when(at: number | null): string {
  return at === null ? '—' : new Date(at).toISOString().replace(/\.\d+Z$/, 'Z');
}

export function bytesText(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}

function minutes(ms: number): string {
  return ms >= 2 * 3600_000 ? `${Math.round(ms / 3600_000)} h` : `${Math.round(ms / 60_000)} min`;
}

export function healthLines(r: HealthReport): string[] {
  const line = (key: keyof typeof LABEL, facts: string) => {
    const it = r[key];
    return `${tag(it.status)} ${LABEL[key]}: ${facts}${it.reason === 'ok' ? '' : `\n       → ${REASON_TEXT[it.reason]}`}`;
  };
  const { backup, mail, audit, disk } = r;
  const lines = [
    `窓口 Madoguchi — ${r.terminal} — ${when(r.checkedAt)}`,
    line('version', `${r.version.appVersion}, schema ${r.version.schemaVersion} (database ${r.version.storeSchemaVersion})`),
    line('store', `${r.store.kind}, ${r.store.reachable ? `reachable (${r.store.latencyMs} ms)` : 'unreachable'}`),
    line(
      'mail',
      `${mail.pending} pending, ${mail.failed} failed` +
        `${mail.oldestPendingAt === null ? '' : `, oldest ${minutes(r.checkedAt - mail.oldestPendingAt)}`}, last sent ${when(mail.lastSentAt)}`,
    ),
    line(
      'backup',
      backup.kind === 'postgres'
        ? `pg_dump, last run ${when(backup.at)}`
        : `${when(backup.at)}, ${bytesText(backup.bytes)}, ${backup.verified === null ? '—' : backup.verified ? 'verified' : 'NOT verified'}` +
            `${backup.scheduledAt ? ` (daily at ${backup.scheduledAt})` : ' (schedule off)'}`,
    ),
    line('disk', `${bytesText(disk.freeBytes)} free of ${bytesText(disk.totalBytes)}`),
    line(
      'audit',
      `last verify ${when(audit.lastVerifyAt)}${audit.lastVerifyOk === null ? '' : audit.lastVerifyOk ? ' (ok)' : ' (FAILED)'}, ` +
        `last anchor ${when(audit.lastAnchorAt)}${audit.lastAnchorId === null ? '' : ` (row ${audit.lastAnchorId})`}`,
    ),
    line('terminals', `${r.terminals.list.length}`),
    ...r.terminals.list.map((t) => `       ${tag(t.status)} ${t.name} ${t.role} ${t.appVersion} last seen ${when(t.lastSeen)}`),
    r.overall === 'ok' ? '総合: 正常 / Overall: OK' : `総合: 要確認 / Overall: ${r.overall.toUpperCase()} — needs attention`,
  ];
  return lines;
}
