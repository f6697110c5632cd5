import type { EntityManager } from 'typeorm';

/** The only code that reads and writes lao_flags_told: how many flagged sales each LAO's admins were last told of. */
export const LaoFlagsToldRepository = {
  /** The count last told (0 if never), the row locked for the caller's transaction. */
  async lock(em: EntityManager, laoCode: string): Promise<number> {
    const [told]: Array<{ open_count: number }> = await em.query(
      `SELECT open_count FROM lao_flags_told WHERE lao_code = $1 FOR UPDATE`,
      [laoCode],
    );
    return told?.open_count ?? 0;
  },

  async record(em: EntityManager, laoCode: string, openCount: number, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO lao_flags_told (lao_code, open_count, told_at) VALUES ($1, $2, $3) ON CONFLICT (lao_code) DO UPDATE SET open_count = EXCLUDED.open_count, told_at = EXCLUDED.told_at`,
      [laoCode, openCount, at.toISOString()],
    );
  },
};
