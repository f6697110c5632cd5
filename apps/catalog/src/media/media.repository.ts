import type { EntityManager } from 'typeorm';
import type { MediaVariant } from '@app/contracts';
import type { StoredFile } from './media-store.js';

/** The only SQL on media. */
export const mediaRepository = {
  async insert(em: EntityManager, id: string, variant: MediaVariant, f: StoredFile): Promise<void> {
    await em.query(
      `INSERT INTO media (id, variant, content_type, width, height, bytes) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id, variant) DO NOTHING`,
      [id, variant, f.contentType, f.width, f.height, f.bytes],
    );
  },

  async find(em: EntityManager, id: string, variant: MediaVariant): Promise<StoredFile | null> {
    const rows = await em.query(
      `SELECT content_type AS "contentType", width, height, bytes FROM media WHERE id = $1 AND variant = $2`,
      [id, variant],
    );
    return rows[0] ?? null;
  },
};
