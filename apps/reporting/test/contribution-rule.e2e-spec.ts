import fc from 'fast-check';
import { useMigratedDatabase } from '@app/testing';
import { reportingMigrations } from '../src/migrations/index.js';
import { aggregateDrift } from '../src/read-model/aggregates.js';
import { contribution, REVENUE_SQL, rowToFact, SALES_SQL, writeFact } from '../src/read-model/facts.js';
import type { OrderFact } from '../src/read-model/facts.js';

/**
 * What one order adds to the figures lives twice, by necessity: contribution() (TypeScript) moves the
 * aggregates one fact at a time on the hot path, and SALES_SQL / REVENUE_SQL (SQL) sum the facts where the
 * figures are computed in the database (naive queries, breakdowns, rebuilds, drift checks). This suite feeds
 * the same random facts to both on the real PostgreSQL and requires the same numbers: fact by fact, and as the
 * aggregates after random sequences of facts recorded, changed (refunds, full refunds, exclusions) and removed.
 */

const factArb = fc.record({
  goodsSatang: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2 ** 40 })),
  refundPart: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1.5, noNaN: true })),
  fullyRefunded: fc.boolean(),
  excluded: fc.boolean(),
});
type FactCase = { goodsSatang: number; refundPart: number; fullyRefunded: boolean; excluded: boolean };

const refunded = (f: FactCase) => Math.floor(f.goodsSatang * f.refundPart);

describe('the report rule: contribution() (TypeScript) against SALES_SQL / REVENUE_SQL (SQL)', () => {
  const db = useMigratedDatabase('tcontrib', 'contribution-rule-test', reportingMigrations);

  it('gives every fact the same sales and revenue in both', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(factArb, { minLength: 1, maxLength: 50 }), async (facts) => {
        const rows: Array<{
          goods_satang: string;
          refunded_satang: string;
          fully_refunded: boolean;
          excluded: boolean;
          s: number;
          r: string;
        }> = await db.ds.query(
          `SELECT t.*, ${SALES_SQL} AS s, ${REVENUE_SQL} AS r
             FROM unnest($1::bigint[], $2::bigint[], $3::boolean[], $4::boolean[]) AS t(goods_satang, refunded_satang, fully_refunded, excluded)`,
          [
            facts.map((f) => f.goodsSatang),
            facts.map(refunded),
            facts.map((f) => f.fullyRefunded),
            facts.map((f) => f.excluded),
          ],
        );
        expect(rows.map((r) => ({ sales: Number(r.s), revenue: Number(r.r) }))).toEqual(
          facts.map((f) =>
            contribution({
              goodsSatang: f.goodsSatang,
              refundedSatang: refunded(f),
              fullyRefunded: f.fullyRefunded,
              excluded: f.excluded,
            }),
          ),
        );
      }),
      { numRuns: Number(process.env.RULES_RUNS ?? 200) },
    );
  });

  it('keeps the aggregates (moved by contribution) equal to the facts summed by the SQL, whatever is recorded, changed or removed', async () => {
    const opArb = fc.record({
      order: fc.integer({ min: 0, max: 5 }),
      remove: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      fact: factArb,
      lao: fc.constantFrom('4560501', '4560502'),
      month: fc.constantFrom('2026-01-15T03:00:00Z', '2026-09-30T18:00:00Z', '2026-10-01T03:00:00Z'),
      kind: fc.constantFrom('farmer', 'community_enterprise'),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        run++;
        await db.ds.query(
          `DELETE FROM order_facts; DELETE FROM agg_lao_month; DELETE FROM agg_lao_fy; DELETE FROM agg_lao_month_split; DELETE FROM presence`,
        );
        for (const op of ops) {
          const orderId = `o${run}-${op.order}`;
          await db.ds.transaction(async (em) => {
            const [row] = await em.query(`SELECT * FROM order_facts WHERE order_id = $1 FOR UPDATE`, [orderId]);
            const before = row ? rowToFact(row) : null;
            const after: OrderFact | null = op.remove
              ? null
              : {
                  orderId,
                  completedAt: before?.completedAt ?? new Date(op.month).toISOString(),
                  laoCode: op.lao,
                  districtCode: op.lao.slice(0, 4),
                  provinceCode: op.lao.slice(0, 2),
                  producerId: `p-${op.order % 2}`,
                  producerKind: op.kind,
                  memberCount: 1,
                  category: 'fruit',
                  goodsSatang: op.fact.goodsSatang,
                  refundedSatang: refunded(op.fact),
                  fullyRefunded: op.fact.fullyRefunded,
                  excluded: op.fact.excluded,
                };
            if (before || after) await writeFact(em, before, after);
          });
        }
        const drift = await aggregateDrift(db.ds);
        expect({
          agg_lao_month: drift.agg_lao_month,
          agg_lao_fy: drift.agg_lao_fy,
          agg_lao_month_split: drift.agg_lao_month_split,
        }).toEqual({
          agg_lao_month: 0,
          agg_lao_fy: 0,
          agg_lao_month_split: 0,
        });
      }),
      { numRuns: Number(process.env.RULES_RUNS ?? 60) },
    );
  });
});
