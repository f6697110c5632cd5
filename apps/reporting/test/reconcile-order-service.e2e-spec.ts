import { OrderEvents } from '@app/contracts';
import { eventually } from '@app/testing';
import { completedOrdersSource, orderServiceClient } from '../src/reconcile/order-client.js';
import { ReconcileService } from '../src/reconcile/reconcile.service.js';
import { completedOrder, laosOf, useReportingSystem } from './support.js';

/**
 * Reconciliation against the real order service over NATS (OrderSubjects.listCompleted, request
 * ListCompletedOrdersQueryV1, reply CompletedOrderFactV1[] or {items}). Passes once the order service's
 * handler is merged; until then the request finds no responder.
 */
describe('reporting reconciliation against the order service', () => {
  const t = useReportingSystem({ services: ['catalog', 'order', 'reporting'], dataSource: true });

  it('removes a completion the order service does not know, asking it over NATS', async () => {
    const [lao] = laosOf('71');
    // an order.completed event for an order the order service never completed (it has no orders at all)
    const ghost = completedOrder(lao, { completedAt: '2019-01-15T03:00:00Z', goodsTotalSatang: 9_900 });
    await t.bus.publish(OrderEvents.completed, ghost);
    const totals = async () =>
      (
        await t.sys
          .http()
          .get('/api/v1/reports/summary')
          .set('authorization', `Bearer ${t.admin}`)
          .query({ month: '2019-01', laoCode: lao.code })
          .expect(200)
      ).body.totals;
    await eventually(async () => expect(await totals()).toMatchObject({ salesCount: 1, revenueSatang: 9_900 }));

    const client = orderServiceClient(t.sys.natsEndpoint('reporting'));
    try {
      const service = new ReconcileService(t.ds, completedOrdersSource(client, 5_000));
      const report = await service.reconcile('2019-01-01', '2019-01-31');
      expect(report).toMatchObject({
        checked: 0,
        differences: [{ orderId: ghost.orderId, kind: 'extra' }],
        repaired: 1,
      });
    } finally {
      await client.close();
    }
    expect(await totals()).toMatchObject({ salesCount: 0, revenueSatang: 0 });
  });
});
