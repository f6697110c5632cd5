import type { EntityManager } from 'typeorm';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a statement as a named prepared statement on the transaction's own connection, so PostgreSQL plans
 * it once per connection instead of on every call. For hot statements whose planning costs more than their
 * execution: reporting's completion statement (a fact, three sums and four presence rows in one statement)
 * spent ~1-2 ms planning and 0.2 ms executing, and applied ~550 completions/s instead of ~950 on this
 * 2-core machine. `name` must stand for exactly one SQL text. Outside a transaction (no connection of its
 * own) it is an ordinary query. Not for a transaction-pooling proxy (PgBouncer in transaction mode).
 */
export async function queryPrepared<T = Record<string, unknown>>(
  em: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const client = (em.queryRunner as unknown as { databaseConnection?: PgClient } | undefined)?.databaseConnection;
  if (!client || !em.queryRunner?.isTransactionActive) return em.query(text, values);
  return (await client.query({ name, text, values })).rows as T[];
}
