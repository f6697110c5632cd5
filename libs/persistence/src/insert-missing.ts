import type { DataSource, EntityManager } from 'typeorm';

/**
 * Inserts the rows a table does not have yet (ON CONFLICT (key) DO NOTHING: existing rows stay as they are),
 * 1,000 per statement, and returns how many were new. For loading reference files, whose rows an event or
 * an administrator may have corrected since.
 */
export async function insertMissing(
  q: DataSource | EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
  key = 'code',
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const params: unknown[] = [];
    const values = rows.slice(i, i + 1000).map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`);
    const res: unknown[] = await q.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ON CONFLICT (${key}) DO NOTHING RETURNING 1`,
      params,
    );
    inserted += res.length;
  }
  return inserted;
}
