// The audit log stores codes (account.unlocked, staff:A0001, {"via":"admin.unlock"}) so that records
// stay stable across languages and the filters can match them exactly. The screen reads them out
// in words; a code the texts do not know yet is shown as it is rather than hidden.
import { useI18n } from 'vue-i18n';

/** Only codes are looked up: free text (an 事故登録 reason) could read as a message path. */
const CODE = /^[A-Za-z0-9_.]+$/;

/** Dots separate message path segments, so a stored code is looked up with underscores. */
const keyOf = (code: string) => code.replace(/\./g, '_');

export function useAuditText() {
  const { t, te } = useI18n();

  function known(key: string): string | null {
    return te(key) ? t(key) : null;
  }

  /** 利用中止解除 for account.unlocked. */
  function action(code: string): string | null {
    return known(`staff.audit.actions.${keyOf(code)}`);
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

  /** 経路 for via; an unknown key stays as stored. */
  function detailKey(key: string): string {
    return (CODE.test(key) && known(`staff.audit.detailKeys.${key}`)) || key;
  }

  /** One stored code in words, by what the key says it is. */
  function detailCode(key: string, code: string): string | null {
    if (!CODE.test(code)) return null;
    const own = known(`staff.audit.detailValues.${key}.${keyOf(code)}`);
    if (own) return own;
    switch (key) {
      // A login's failures carry the login channel's action code.
      case 'via':
        return action(code);
      case 'identity':
      case 'identityDocument':
        return known(`desk.reset.identities.${code}`);
      case 'role':
        return known(`staff.roles.${code}`);
      case 'terminal':
      case 'lockedBy':
        return party(code) === code ? null : party(code);
      default:
        return null;
    }
  }

  function detailValue(key: string, value: unknown): string {
    if (value === null) return t('staff.audit.detailNone');
    if (typeof value === 'boolean') return t(value ? 'staff.audit.detailYes' : 'staff.audit.detailNo');
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    // Lists are stored comma-separated (permissions: patron_lookup,mail_log).
    if (key === 'permissions' && value !== 'all') {
      return value
        .split(',')
        .map((p) => (CODE.test(p) && known(`staff.permissions.${p}`)) || p)
        .join(t('staff.audit.listSeparator'));
    }
    return detailCode(key, value) ?? value;
  }

  /** 経路：管理者による利用中止解除 — one line a person can read instead of JSON. */
  function detail(json: string | null): string {
    if (json === null) return '';
    try {
      const value: unknown = JSON.parse(json);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return json;
      return Object.entries(value)
        .map(([k, v]) => t('staff.audit.detailPair', { key: detailKey(k), value: detailValue(k, v) }))
        .join(t('staff.audit.detailSeparator'));
    } catch {
      return json;
    }
  }

  return { action, party, detail };
}
