// The id an `INSERT … RETURNING id` gave back; a missing row means the statement lost its RETURNING.
export function insertedId(row: { id: number } | undefined): number {
  if (!row) throw new Error('INSERT … RETURNING id returned no row');
  return row.id;
}
