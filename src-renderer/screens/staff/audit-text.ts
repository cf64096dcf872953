// The audit log stores codes (account.unlocked, staff:A0001, {"via":"settings"}) so that records
// stay stable across languages and the filters can match them exactly. The screen reads them out
// in words; a code the texts do not know yet is shown as it is rather than hidden.
import { useI18n } from 'vue-i18n';

export function useAuditText() {
  const { t, te } = useI18n();

  /** 利用中止解除 for account.unlocked. */
  function action(code: string): string | null {
    const key = `staff.audit.actions.${code.replace(/\./g, '_')}`;
    return te(key) ? t(key) : null;
  }

  /** 職員 A0001 for staff:A0001; この端末（ログインなし） for terminal. */
  function party(code: string | null): string {
    if (code === null) return '';
    const at = code.indexOf(':');
    const kind = at < 0 ? code : code.slice(0, at);
    const key = `staff.audit.actorKinds.${kind}`;
    if (!te(key)) return code;
    return at < 0 ? t(key) : `${t(key)} ${code.slice(at + 1)}`;
  }

  /** via: settings、mailed: true — one line a person can read instead of JSON. */
  function detail(json: string | null): string {
    if (json === null) return '';
    try {
      const value: unknown = JSON.parse(json);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return json;
      return Object.entries(value)
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(t('staff.audit.detailSeparator'));
    } catch {
      return json;
    }
  }

  return { action, party, detail };
}
