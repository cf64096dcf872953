// The rewrites that let one SQL text serve both stores.
import { describe, expect, it } from 'vitest';
import { toPostgres, toSqlite } from '../../../src-main/store/sql-text';

describe('toPostgres', () => {
  it('numbers ? placeholders in order', () => {
    expect(toPostgres('SELECT * FROM a WHERE x = ? AND y IN (?, ?)')).toEqual({
      text: 'SELECT * FROM a WHERE x = $1 AND y IN ($2, $3)',
      names: null,
    });
  });

  it('maps @name to one number per distinct name, reusing it, and reports the order', () => {
    expect(toPostgres('UPDATE a SET x = @x, at = @now, y = @y WHERE at < @now AND x <> @x')).toEqual({
      text: 'UPDATE a SET x = $1, at = $2, y = $3 WHERE at < $2 AND x <> $1',
      names: ['x', 'now', 'y'],
    });
    expect(toPostgres('VALUES (@camelCase, @snake_case2)')).toEqual({ text: 'VALUES ($1, $2)', names: ['camelCase', 'snake_case2'] });
  });

  it('leaves strings, quoted identifiers and comments untouched', () => {
    const sql = `SELECT 'what? @me' AS "why?", x -- a comment? @no
      FROM a WHERE y = ? AND z = 'it''s ?' AND w = "col@x"`;
    expect(toPostgres(sql)).toEqual({
      text: `SELECT 'what? @me' AS "why?", x -- a comment? @no
      FROM a WHERE y = $1 AND z = 'it''s ?' AND w = "col@x"`,
      names: null,
    });
  });

  it('leaves text without parameters as it is', () => {
    expect(toPostgres('SELECT count(*) AS n FROM accounts')).toEqual({ text: 'SELECT count(*) AS n FROM accounts', names: null });
  });

  it('refuses a text that mixes ? and @name', () => {
    expect(() => toPostgres('SELECT * FROM a WHERE x = ? AND y = @y')).toThrow(/mixes/);
  });
});

describe('toSqlite', () => {
  it('drops FOR UPDATE and FOR UPDATE SKIP LOCKED', () => {
    expect(toSqlite('SELECT last_id FROM audit_head WHERE singleton = 1 FOR UPDATE')).toBe('SELECT last_id FROM audit_head WHERE singleton = 1');
    expect(toSqlite(`SELECT id FROM outbox WHERE status = 'queued'
      ORDER BY id LIMIT ?
      FOR UPDATE SKIP LOCKED`)).toBe(`SELECT id FROM outbox WHERE status = 'queued'
      ORDER BY id LIMIT ?`);
    expect(toSqlite('SELECT * FROM a WHERE id = ? for update nowait')).toBe('SELECT * FROM a WHERE id = ?');
  });

  it('leaves other text, and the words inside strings and comments, as they are', () => {
    const sql = "SELECT 'FOR UPDATE' AS note FROM a -- not FOR UPDATE\nWHERE x = @x";
    expect(toSqlite(sql)).toBe(sql);
    expect(toSqlite('UPDATE a SET x = 1')).toBe('UPDATE a SET x = 1');
  });
});
