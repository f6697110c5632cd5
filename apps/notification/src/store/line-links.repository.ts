import type { EntityManager } from 'typeorm';
import { returning } from '@app/persistence';

/** The only code that reads and writes line_link_states (the single-use states of LINE Login). */
export const LineLinksRepository = {
  async start(em: EntityManager, state: string, userId: string, expiresAt: Date): Promise<void> {
    await em.query(`INSERT INTO line_link_states (state, user_id, expires_at) VALUES ($1, $2, $3)`, [
      state,
      userId,
      expiresAt.toISOString(),
    ]);
  },

  /** Uses the state up if it is this user's, unused and unexpired; false otherwise. */
  async use(em: EntityManager, state: string, userId: string): Promise<boolean> {
    const used = await returning<{ state: string }>(
      em,
      `UPDATE line_link_states SET used_at = now() WHERE state = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING state`,
      [state, userId],
    );
    return used.length > 0;
  },

  async pruneExpiredBefore(em: EntityManager, cutoff: string): Promise<void> {
    await em.query(`DELETE FROM line_link_states WHERE expires_at < $1`, [cutoff]);
  },
};
