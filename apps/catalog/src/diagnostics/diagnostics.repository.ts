import type { EntityManager } from 'typeorm';

/** The event pipeline's self-test rows. */
export const diagnosticsRepository = {
  async insertPing(em: EntityManager, id: string, note: string): Promise<void> {
    await em.query('INSERT INTO diagnostic_pings (id, note) VALUES ($1, $2)', [id, note]);
  },
};
