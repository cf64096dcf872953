// The few rewrites that let one SQL text serve both dialects. Each runs once per distinct text
// (the adapters cache the result), so none of this is on a hot path.

/** Splits SQL into code and the parts a rewrite must not touch: strings, identifiers, comments. */
function* segments(sql: string): Generator<{ code: boolean; text: string }> {
  let i = 0;
  let start = 0;
  while (i < sql.length) {
    const c = sql[i];
    const quote = c === "'" || c === '"' ? c : null;
    const comment = c === '-' && sql[i + 1] === '-';
    if (!quote && !comment) {
      i++;
      continue;
    }
    if (i > start) yield { code: true, text: sql.slice(start, i) };
    let end: number;
    if (quote) {
      end = i + 1;
      // A doubled quote is an escaped quote inside the literal.
      while (end < sql.length && !(sql[end] === quote && sql[end + 1] !== quote)) end += sql[end] === quote ? 2 : 1;
      end++;
    } else {
      end = sql.indexOf('\n', i);
      if (end < 0) end = sql.length;
    }
    yield { code: false, text: sql.slice(i, end) };
    i = start = end;
  }
  if (start < sql.length) yield { code: true, text: sql.slice(start) };
}

export interface PostgresText {
  text: string;
  /** For named parameters: the name bound to $1, $2, … in order. Null for positional `?`. */
  names: string[] | null;
}

/**
 * `?` → `$1, $2, …` and `@name` → `$k` (one number per distinct name), outside strings and comments.
 * A text uses one style or the other, as better-sqlite3 requires too.
 */
export function toPostgres(sql: string): PostgresText {
  let positional = 0;
  const names: string[] = [];
  let text = '';
  for (const s of segments(sql)) {
    if (!s.code) {
      text += s.text;
      continue;
    }
    text += s.text.replace(/\?|@([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string | undefined) => {
      if (name === undefined) return `$${++positional}`;
      let index = names.indexOf(name);
      if (index < 0) index = names.push(name) - 1;
      return `$${index + 1}`;
    });
  }
  if (positional && names.length) throw new Error('SQL mixes ? and @name parameters');
  return { text, names: names.length ? names : null };
}

/**
 * Drops PostgreSQL's row-lock clauses for SQLite, where a write transaction already holds the one
 * database lock (BEGIN IMMEDIATE) and the clause would be a syntax error.
 */
export function toSqlite(sql: string): string {
  let text = '';
  for (const s of segments(sql)) {
    text += s.code ? s.text.replace(/\s+FOR\s+(?:NO\s+KEY\s+)?UPDATE(?:\s+OF\s+\w+)?(?:\s+SKIP\s+LOCKED|\s+NOWAIT)?/gi, '') : s.text;
  }
  return text;
}
