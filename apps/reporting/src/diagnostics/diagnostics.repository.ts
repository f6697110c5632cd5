import type { EntityManager } from 'typeorm';

/** The event pipeline's self-test: how often each ping's event was applied (must be exactly once). */
export const diagnosticsRepository = {
  async countApplied(em: EntityManager, pingId: string, note: string): Promise<void> {
    await em.query(
      `INSERT INTO diagnostic_pings_applied (ping_id, note, applied_count) VALUES ($1, $2, 1)
       ON CONFLICT (ping_id) DO UPDATE SET applied_count = diagnostic_pings_applied.applied_count + 1`,
      [pingId, note],
    );
  },

  /** 0 for a ping never applied. */
  async appliedCount(em: EntityManager, pingId: string): Promise<number> {
    const rows: Array<{ applied_count: number }> = await em.query(
      'SELECT applied_count FROM diagnostic_pings_applied WHERE ping_id = $1',
      [pingId],
    );
    return rows[0]?.applied_count ?? 0;
  },
};
