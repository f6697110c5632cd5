import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Logger } from '@nestjs/common';
import { ORDER_STATUSES } from '@app/contracts';
import type { OrderStatus } from '@app/contracts';
import { useMigratedDatabase } from '@app/testing';
import type { OrderConfig } from '../src/config.js';
import { SweeperService } from '../src/expiry/sweeper.service.js';
import {
  canTransition,
  DEADLINE_STATUSES,
  EXPIRY_CANDIDATE_SQL,
  paymentDeadlinePassed,
} from '../src/lifecycle/order-lifecycle.js';
import { orderMigrations } from '../src/migrations/index.js';
import { netPaid } from '../src/orders/money.js';
import { toOrder } from '../src/orders/order.js';
import type { OrderRow } from '../src/orders/order.js';

/**
 * THE expiry rule is paymentDeadlinePassed (TypeScript); the sweep's SQL only finds candidates
 * (EXPIRY_CANDIDATE_SQL, for the index) and its UPDATE re-checks the status. Both must stay — so this suite
 * feeds random orders (every status, reservation or direct purchase, deposit due, paid, refunded, either
 * deadline before, at or after the sweep's time, a slip pending or decided) to the real sweep on the real
 * PostgreSQL, and requires that exactly the orders paymentDeadlinePassed names expire, through a transition
 * the table allows, each with its refund of what was paid.
 */

interface OrderCase {
  status: OrderStatus;
  direct: boolean;
  depositDue: number;
  paid: number;
  refundedPart: number;
  /** seconds from the sweep's time; null: no deadline */
  depositIn: number | null;
  balanceIn: number | null;
  slip: 'none' | 'pending' | 'confirmed' | 'rejected';
}

const offsetArb = fc.option(fc.oneof(fc.integer({ min: -86_400, max: 86_400 }), fc.constantFrom(0, -1, 1)), {
  nil: null,
});
const orderArb: fc.Arbitrary<OrderCase> = fc.record({
  status: fc.constantFrom<OrderStatus>(...ORDER_STATUSES, 'awaiting_deposit', 'awaiting_balance', 'awaiting_balance'),
  direct: fc.boolean(),
  depositDue: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 })),
  paid: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8000 })),
  refundedPart: fc.double({ min: 0, max: 1, noNaN: true }),
  depositIn: offsetArb,
  balanceIn: offsetArb,
  slip: fc.constantFrom<OrderCase['slip']>('none', 'none', 'pending', 'confirmed', 'rejected'),
});

describe('the expiry rule: the sweep (SQL + TypeScript) against paymentDeadlinePassed', () => {
  const db = useMigratedDatabase('texpiry', 'expiry-rule-test', orderMigrations);
  let sweeper: SweeperService;

  beforeAll(async () => {
    Logger.overrideLogger(false); // the sweep logs every expiry; hundreds of runs would drown the report
    sweeper = new SweeperService(db.ds, {
      sweepIntervalMs: 60_000,
      autoCompleteAfterSeconds: 7 * 86_400,
    } as OrderConfig);
  });

  async function insert(o: OrderCase, asOf: Date): Promise<string> {
    const id = randomUUID();
    const at = (s: number | null) => (s === null ? null : new Date(asOf.getTime() + s * 1000).toISOString());
    const refunded = Math.floor(o.refundedPart * o.paid);
    await db.ds.query(
      `INSERT INTO orders (id, reservation_id, batch_id, product_id, product_name, category, unit, producer_id, producer_kind, producer_member_count,
         promptpay_id, lao_code, district_code, province_code, consumer_id, requested_quantity, quantity, unit_price_satang, goods_total_satang,
         delivery_fee_satang, deposit_percent, deposit_due_satang, paid_satang, refunded_satang, fulfilment, status, reserved_at, deposit_deadline, balance_deadline)
       VALUES ($1, $2, gen_random_uuid(), gen_random_uuid(), 'ลิ้นจี่', 'fruit', 'kg', gen_random_uuid(), 'farmer', 1,
         '0812345678', '4560501', '5606', '56', gen_random_uuid(), 4, 4, 2500, 10000, 0, 30, $3, $4, $5, '{"type":"delivery","address":{}}', $6,
         $7, $8, $9)`,
      [
        id,
        o.direct ? null : randomUUID(),
        o.depositDue,
        o.paid,
        refunded,
        o.status,
        new Date(asOf.getTime() - 2 * 86_400_000).toISOString(),
        at(o.depositIn),
        at(o.balanceIn),
      ],
    );
    if (o.slip !== 'none') {
      await db.ds.query(
        `INSERT INTO payment_slips (id, order_id, consumer_id, reference, sending_bank, image, content_type, sha256, status, reject_reason)
         VALUES (gen_random_uuid(), $1, gen_random_uuid(), $2, '004', '\\x00', 'image/jpeg', 'x', $3, $4)`,
        [id, randomUUID(), o.slip, o.slip === 'rejected' ? 'ไม่พบรายการ' : null],
      );
    }
    return id;
  }

  it("finds candidates through the index: its predicate names the table's payment-deadline statuses", async () => {
    expect([...DEADLINE_STATUSES].sort()).toEqual(['awaiting_balance', 'awaiting_deposit']);
    const [idx] = await db.ds.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'orders_earliest_deadline'`);
    const predicate = String(idx.indexdef).split(' WHERE ')[1];
    expect([...predicate.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort()).toEqual([...DEADLINE_STATUSES].sort());
    // and the planner can use it for the candidate condition (seq scans off: the test table is tiny)
    const plan = await db.ds.transaction(async (em) => {
      await em.query(`SET LOCAL enable_seqscan = off`);
      return (await em.query(
        `EXPLAIN SELECT o.id FROM orders o WHERE ${EXPIRY_CANDIDATE_SQL(`'2027-01-01T00:00:00Z'::timestamptz`)}`,
      )) as Array<Record<string, string>>;
    });
    expect(plan.map((r) => Object.values(r)[0]).join('\n')).toContain('orders_earliest_deadline');
  });

  it('expires exactly the orders paymentDeadlinePassed names, from a status the table allows, with their refunds', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(orderArb, { minLength: 1, maxLength: 8 }),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2028-01-01'), noInvalidDate: true }),
        async (cases, asOf) => {
          await db.ds.query(
            `DELETE FROM payment_slips; DELETE FROM refunds; DELETE FROM payments; DELETE FROM order_status_history; DELETE FROM outbox; DELETE FROM orders`,
          );
          const ids = [];
          for (const c of cases) ids.push(await insert(c, asOf));
          const before = new Map<string, ReturnType<typeof toOrder>>(
            ((await db.ds.query(`SELECT * FROM orders`)) as OrderRow[]).map((r) => [r.id, toOrder(r)]),
          );
          const want = ids.filter((id, i) => paymentDeadlinePassed(before.get(id)!, asOf, cases[i].slip === 'pending'));
          // the SQL's candidates are a superset of what the rule expires (else the index would hide an order)
          const candidates = new Set(
            (
              (await db.ds.query(`SELECT o.id FROM orders o WHERE ${EXPIRY_CANDIDATE_SQL('$1')}`, [
                asOf.toISOString(),
              ])) as Array<{ id: string }>
            ).map((r) => r.id),
          );
          expect(want.filter((id) => !candidates.has(id))).toEqual([]);

          const n = await sweeper.expire(asOf);
          const after = new Map<string, string>(
            ((await db.ds.query(`SELECT id, status FROM orders`)) as Array<{ id: string; status: string }>).map((r) => [
              r.id,
              r.status,
            ]),
          );
          const expired = ids.filter((id) => after.get(id) === 'expired' && before.get(id)!.status !== 'expired');
          expect({ n, expired: expired.sort() }).toEqual({ n: want.length, expired: [...want].sort() });
          for (const id of ids) if (!want.includes(id)) expect(after.get(id)).toBe(before.get(id)!.status);

          const history: Array<{
            order_id: string;
            from_status: OrderStatus;
            to_status: OrderStatus;
            trigger: string;
          }> = await db.ds.query(`SELECT order_id, from_status, to_status, trigger FROM order_status_history`);
          expect(history.map((h) => h.order_id).sort()).toEqual([...want].sort());
          for (const h of history) {
            expect(canTransition(h.from_status, 'payment_deadline_passed', h.to_status)).toBe(true);
            seen.add(h.from_status);
          }
          const refunds: Array<{ order_id: string; amount_satang: string }> = await db.ds.query(
            `SELECT order_id, amount_satang FROM refunds`,
          );
          const owed = want.filter((id) => netPaid(before.get(id)!) > 0);
          expect(refunds.map((r) => [r.order_id, Number(r.amount_satang)]).sort()).toEqual(
            owed.map((id) => [id, netPaid(before.get(id)!)]).sort(),
          );
          const events: Array<{ n: number }> = await db.ds.query(`SELECT count(*)::int AS n FROM outbox`);
          expect(events[0].n).toBe(want.length);
        },
      ),
      {
        numRuns: Number(process.env.RULES_RUNS ?? 150),
        // always run first: one order past its deadline in each status a deadline expires from
        examples: [
          [
            [
              {
                status: 'awaiting_deposit',
                direct: false,
                depositDue: 300,
                paid: 100,
                refundedPart: 0,
                depositIn: -60,
                balanceIn: null,
                slip: 'none',
              },
              {
                status: 'awaiting_balance',
                direct: true,
                depositDue: 0,
                paid: 0,
                refundedPart: 0,
                depositIn: -60,
                balanceIn: null,
                slip: 'none',
              },
            ],
            new Date('2027-03-01T00:00:00Z'),
          ],
        ],
      },
    );
    // not vacuous: both statuses a payment deadline expires from were reached
    expect([...seen].sort()).toEqual(['awaiting_balance', 'awaiting_deposit']);
  });
});
