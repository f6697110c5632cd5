import { defineMigration } from '@app/persistence';
import { RESERVE_MANY_SQL } from './sql/1764300000001-reserve-many.sql.js';

/** reserve_many: a partial fill must reach the batch's minimum quantity per reservation. */
export const PartialFillMinimum1764300000001 = defineMigration('PartialFillMinimum1764300000001', {
  async up(qr) {
    await qr.query(RESERVE_MANY_SQL);
  },

  async down() {
    // the previous body let a partial fill fall below the minimum: there is nothing worth restoring
  },
});
