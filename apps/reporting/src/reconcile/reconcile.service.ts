import type { DataSource } from 'typeorm';
import type { CompletedOrderFactV1, ListCompletedOrdersQueryV1, ReconcileReportV1 } from '@app/contracts';
import { addDays, bangkokDayStart } from '../periods/period.js';
import { OrderFact, writeFact } from '../read-model/facts.js';
import { completionRow } from '../read-model/order-events.js';
import { factsCompletedBetween, findFact } from '../read-model/order-facts.repository.js';
import { insertParties } from '../read-model/sale-parties.repository.js';

/** Asks the order service for one page of its completed orders (OrderSubjects.listCompleted). */
export type CompletedOrdersSource = (
  query: ListCompletedOrdersQueryV1,
) => Promise<CompletedOrderFactV1[] | { items: CompletedOrderFactV1[] }>;

const PAGE = 1000;
/**
 * Not memberCount: the report weighs a sale with the membership the catalog approved as of its completion
 * (producer_memberships), not the count the order carried from its reservation; writeFact resolves it.
 */
const COMPARED: Array<keyof OrderFact> = [
  'completedAt',
  'laoCode',
  'districtCode',
  'provinceCode',
  'producerId',
  'producerKind',
  'category',
  'goodsSatang',
  'refundedSatang',
  'fullyRefunded',
];

export function factOf(o: CompletedOrderFactV1): OrderFact {
  return {
    orderId: o.orderId,
    completedAt: new Date(o.completedAt).toISOString(),
    laoCode: o.laoCode,
    districtCode: o.districtCode,
    provinceCode: o.provinceCode,
    producerId: o.producerId,
    producerKind: o.producerKind,
    memberCount: o.producerMemberCount,
    category: o.category,
    goodsSatang: o.goodsTotalSatang,
    refundedSatang: o.refundedSatang,
    fullyRefunded: o.fullyRefunded,
  };
}

export function differingFields(a: OrderFact, b: OrderFact): string[] {
  return COMPARED.filter((k) => a[k] !== b[k]);
}

/**
 * Compares the read model's facts for a period (Bangkok days, inclusive) with the order service's own
 * completed orders, names every difference and repairs it through the same writeFact as the event
 * handlers, so the aggregates follow. The order service is the truth: an event the broker lost is caught here.
 */
export class ReconcileService {
  constructor(
    private readonly ds: DataSource,
    private readonly source: CompletedOrdersSource,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  async reconcile(fromDay: string, toDay: string, repair = true): Promise<ReconcileReportV1> {
    const from = bangkokDayStart(fromDay).toISOString();
    const to = bangkokDayStart(addDays(toDay, 1)).toISOString();
    const truth = new Map<string, OrderFact>();
    const parties = new Map<string, CompletedOrderFactV1>();
    let after: string | undefined;
    for (;;) {
      const reply = await this.source({ from, to, afterOrderId: after, limit: PAGE });
      const items = Array.isArray(reply) ? reply : reply.items;
      let added = 0;
      for (const o of items) {
        if (!truth.has(o.orderId)) added++;
        truth.set(o.orderId, factOf(o));
        parties.set(o.orderId, o);
      }
      // Stop on a short page, or when a server that ignores paging sends nothing new.
      if (items.length < PAGE || added === 0) break;
      after = items.reduce((m, o) => (o.orderId > m ? o.orderId : m), items[0].orderId);
    }
    const ours = new Map<string, OrderFact>(
      (await factsCompletedBetween(this.ds, from, to)).map((f) => [f.orderId, f]),
    );
    const report: ReconcileReportV1 = { from: fromDay, to: toDay, checked: truth.size, differences: [], repaired: 0 };
    for (const [id, fact] of truth) {
      const mine = ours.get(id);
      if (!mine) report.differences.push({ orderId: id, kind: 'missing' });
      else {
        const fields = differingFields(mine, fact);
        if (fields.length) report.differences.push({ orderId: id, kind: 'changed', fields });
      }
    }
    for (const id of ours.keys()) if (!truth.has(id)) report.differences.push({ orderId: id, kind: 'extra' });
    for (const d of report.differences) {
      this.log(`${d.kind} ${d.orderId}${d.fields ? ` (${d.fields.join(', ')})` : ''}`);
      if (!repair) continue;
      await this.ds.transaction(async (em) => {
        const before = await findFact(em, d.orderId);
        const after = truth.get(d.orderId) ?? null;
        // A fact the order service does not know (extra) may also be one completed outside the period now.
        await writeFact(em, before, after);
        const o = parties.get(d.orderId);
        if (o) await insertParties(em, [completionRow(o)]);
      });
      report.repaired++;
    }
    return report;
  }
}
