import { defineMigration } from '@app/persistence';

/** A user's tokens carry its token_version; raising it signs the user out everywhere (TokenVersions). */
export const TokenVersion1764800000000 = defineMigration('TokenVersion1764800000000', {
  async up(qr) {
    await qr.query(`ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
  },

  async down(qr) {
    await qr.query(`ALTER TABLE users DROP COLUMN token_version`);
  },
});
