import { defineMigration } from '@app/persistence';

/**
 * Uploaded product photos, in the catalog's own database so that `npm start` needs no other store. A row is
 * one variant (web, thumb) of one content-addressed photo: written once, never changed.
 */
export const Media1765000000000 = defineMigration('Media1765000000000', {
  async up(qr) {
    await qr.query(`
      CREATE TABLE media (
        id text NOT NULL CHECK (id ~ '^[0-9a-f]{64}$'),
        variant text NOT NULL CHECK (variant IN ('web', 'thumb')),
        content_type text NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, variant)
      )`);
  },

  async down(qr) {
    await qr.query(`DROP TABLE media`);
  },
});
