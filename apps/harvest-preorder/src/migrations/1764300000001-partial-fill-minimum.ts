import { MigrationInterface, QueryRunner } from 'typeorm';
import { RESERVE_MANY_SQL } from './sql/1764300000001-reserve-many.sql.js';

/** reserve_many: a partial fill must reach the batch's minimum quantity per reservation. */
export class PartialFillMinimum1764300000001 implements MigrationInterface {
  name = 'PartialFillMinimum1764300000001';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(RESERVE_MANY_SQL);
  }

  async down(): Promise<void> {
    // the previous body let a partial fill fall below the minimum: there is nothing worth restoring
  }
}
