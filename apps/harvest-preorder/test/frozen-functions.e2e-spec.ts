import { fileURLToPath } from 'node:url';
import { BATCH_STATUSES } from '@app/contracts';
import type { BatchAction } from '@app/contracts';
import {
  frozenFunctionMismatches,
  frozenSqlImportProblems,
  inRolledBackTransaction,
  useMigratedDatabase,
} from '@app/testing';
import { BATCH_TRANSITIONS, canTransition } from '../src/batches/batch-lifecycle.js';
import { harvestPreorderMigrations } from '../src/migrations/index.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../src/migrations', import.meta.url));

/** Migrations freeze the function text they create (docs/rules.md): old migrations never re-run today's text. */
describe('harvest-preorder migrations freeze their SQL functions', () => {
  it('each migration imports only its own frozen text, and each frozen text is run by exactly one migration', () => {
    expect(frozenSqlImportProblems(MIGRATIONS_DIR)).toEqual([]);
  });

  describe('on a database every migration ran on', () => {
    const db = useMigratedDatabase('tfrozen', 'frozen-functions-test', harvestPreorderMigrations);

    it('reserve_many, reserve_group and the transition guard are exactly the newest frozen texts', async () => {
      const { checked, mismatches } = await frozenFunctionMismatches(db.ds, MIGRATIONS_DIR);
      expect(checked).toEqual(['batch_transition_allowed', 'refuse_delete', 'reserve_group', 'reserve_many']);
      expect(mismatches).toEqual([]);
    });

    it('lets the database change a batch status exactly where the lifecycle table allows it (every pair tried)', async () => {
      const allowedByTable = (from: string, to: string) =>
        (Object.keys(BATCH_TRANSITIONS) as BatchAction[]).some(
          (a) => BATCH_TRANSITIONS[a].to === to && canTransition(from as never, a),
        );
      const differ: string[] = [];
      for (const from of BATCH_STATUSES) {
        for (const to of BATCH_STATUSES) {
          if (from === to) continue;
          const allowedByDb = await inRolledBackTransaction(db.ds, async (qr) => {
            await qr.query(
              `INSERT INTO batches (id, product_id, product, producer_id, lao_code, district_code, province_code, category, harvest_start, harvest_end,
                 estimated_quantity, reservable_quantity, unit_price_satang, deposit_percent, min_quantity, max_per_consumer, opens_at, closes_at,
                 waitlist, close_when_sold_out, status)
               VALUES (gen_random_uuid(), gen_random_uuid(), '{}', gen_random_uuid(), '4560501', '5606', '56', 'fruit', '2026-06-01', '2026-06-15',
                 10, 10, 100, 30, 1, 5, now(), now() + interval '1 hour', false, false, $1)`,
              [from],
            );
            try {
              await qr.query(`UPDATE batches SET status = $1`, [to]);
              return true;
            } catch (e) {
              if ((e as { driverError?: { code?: string } }).driverError?.code !== '23514') throw e;
              return false;
            }
          });
          if (allowedByDb !== allowedByTable(from, to))
            differ.push(`${from} → ${to}: database ${allowedByDb}, table ${allowedByTable(from, to)}`);
        }
      }
      expect(differ).toEqual([]);
    });
  });
});
