// The audit log as the app opens it: the key read from the data folder (or made, for a chain that
// has no row and no key yet), bound to the chain, and anything wrong said in the log at start-up.
// A terminal without the right key still starts — the health screen and verify report it — but
// refuses every audited action until the site's key file is copied in (see AuditKeyError).
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { Store } from '../store/store';
import { anchorsFileOf } from './anchors';
import { type AuditKeyFiles, auditKeyFiles, createAuditKey, type KeyProtection, loadAuditKey } from './audit-key';
import { AuditLog, type AuditKeyState, chainTakesNewKey } from './log';

export interface AuditSetup {
  audit: AuditLog;
  keyState: AuditKeyState;
  keyFiles: AuditKeyFiles;
  anchorsFile: string;
}

export interface OpenAuditLogOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  dataDir: string;
  /** config audit.keyFile */
  keyFile: string;
  protection?: KeyProtection;
}

export async function openAuditLog({ store, clock, log, dataDir, keyFile, protection }: OpenAuditLogOptions): Promise<AuditSetup> {
  const keyFiles = auditKeyFiles(dataDir, keyFile);
  let loaded = await loadAuditKey(keyFiles, protection);
  if (!loaded.key && loaded.problem === 'missing' && (await chainTakesNewKey(store))) {
    loaded = await createAuditKey(keyFiles, protection);
    if (loaded.key && loaded.source === 'created') log.info('audit.key_created', { file: keyFiles.plain, sealed: protection ? keyFiles.sealed : null });
  }
  for (const detail of loaded.warnings) log.warn('audit.key_warning', { detail });
  const anchorsFile = anchorsFileOf(dataDir);
  const audit = new AuditLog(store, clock, { key: loaded.key, anchorsFile });
  const keyState = await audit.bindKey();
  if (keyState === 'no_key') {
    log.warn('audit.no_key', {
      file: keyFiles.plain,
      detail: loaded.key ? null : loaded.detail,
      effect: 'audited actions are refused and the audit chain cannot be verified until the site\'s audit.key is in place',
    });
  } else if (keyState === 'wrong_key') {
    log.error('audit.wrong_key', undefined, {
      file: keyFiles.plain,
      effect: 'this key is not the one the audit chain was started with; copy audit.key from the site\'s first terminal',
    });
  } else if (keyState === 'unkeyed') {
    log.warn('audit.unkeyed_chain', { effect: 'the audit chain predates audit keys (plain SHA-256): anyone with the database could rewrite it' });
  }
  return { audit, keyState, keyFiles, anchorsFile };
}
