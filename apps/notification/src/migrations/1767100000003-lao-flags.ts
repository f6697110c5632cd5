import { MigrationInterface, QueryRunner } from 'typeorm';

/** How many open flagged sales an LAO's administrators were last told of (only more is news). */
export class LaoFlags1767100000003 implements MigrationInterface {
  name = 'LaoFlags1767100000003';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(
      `CREATE TABLE lao_flags_told (lao_code text PRIMARY KEY, open_count integer NOT NULL, told_at timestamptz NOT NULL)`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DROP TABLE lao_flags_told`);
  }
}
