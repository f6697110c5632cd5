import type { DataSource, EntityManager } from 'typeorm';

/**
 * Rows of a data-changing statement with RETURNING. TypeORM's postgres driver answers UPDATE and DELETE
 * with `[rows, affectedCount]` (and INSERT/SELECT with rows), so `.length` of the raw answer would lie.
 */
export async function returning<T>(em: EntityManager | DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const r: unknown = await em.query(sql, params);
  if (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number') return r[0] as T[];
  return r as T[];
}
