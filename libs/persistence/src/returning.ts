import type { DataSource, EntityManager } from 'typeorm';

/**
 * The rows a data-changing statement's RETURNING answers. TypeORM's postgres driver answers an UPDATE or
 * a DELETE with `[rows, affectedCount]`, and an INSERT or a SELECT with the rows alone; this takes either.
 */
export async function returning<T>(db: EntityManager | DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  const answer: unknown = await db.query(sql, params);
  const counted =
    Array.isArray(answer) && answer.length === 2 && Array.isArray(answer[0]) && typeof answer[1] === 'number';
  return (counted ? answer[0] : answer) as T[];
}
