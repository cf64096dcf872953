// For SQL assembled from the filters a request uses: each distinct text is prepared once and then
// reused, so a query on a hot path never pays for parsing again. The number of texts is bounded
// by the filter combinations of the caller.
import type { Db } from './database';

type Statement = ReturnType<Db['prepare']>;

export function statementCache(db: Db): (sql: string) => Statement {
  const prepared = new Map<string, Statement>();
  return (sql) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };
}
