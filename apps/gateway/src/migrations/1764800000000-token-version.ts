import { MigrationInterface, QueryRunner } from 'typeorm';

/** A user's tokens carry its token_version; raising it signs the user out everywhere (TokenVersions). */
export class TokenVersion1764800000000 implements MigrationInterface {
  name = 'TokenVersion1764800000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE users DROP COLUMN token_version`);
  }
}
