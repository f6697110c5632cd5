import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { OpenOrderV1 } from '@app/contracts';
import { PREORDER_CONFIG } from '../config.js';
import type { HarvestPreorderConfig } from '../config.js';
import { ServiceRpc } from '../rpc/service-rpc.js';
import { StockPurchasesRepository } from '../allocation/stock-purchases.repository.js';
import { OrderOpeningRepository } from './order-opening.repository.js';
import type { OpenRow } from './order-opening.repository.js';
import { ReservationsRepository } from './reservations.repository.js';

/**
 * Opens the order of each confirmed reservation (and of each direct purchase of stock) in the order
 * service. The order id is generated and stored with the reservation in the reserving transaction; the
 * open is idempotent by that id, so it is simply retried until acknowledged:
 * - on the request path, before the 201 (so GET /orders/:id answers at once);
 * - if that fails, the 201 is NOT given (the caller gets 503 and retries with its Idempotency-Key, which
 *   returns the same reservation and opens the order again), and this retry loop opens it anyway within
 *   seconds. The order then runs its deposit deadline: unpaid, it expires (order.expired) and the quantity
 *   returns to the batch — so a held quantity always has an order someone can pay or let expire.
 */
@Injectable()
export class OrderOpener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OrderOpener');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;

  constructor(
    private readonly opening: OrderOpeningRepository,
    private readonly reservations: ReservationsRepository,
    private readonly purchases: StockPurchasesRepository,
    private readonly rpc: ServiceRpc,
    @Inject(PREORDER_CONFIG) private readonly config: HarvestPreorderConfig,
  ) {}

  /** Opens the orders of these reservations / purchases (those not opened yet). Throws if the order service did not acknowledge. */
  async open(ids: string[], requestId: string): Promise<void> {
    if (!ids.length) return;
    await this.send(await this.opening.unopened(ids), requestId);
  }

  private async send(rows: OpenRow[], requestId: string): Promise<void> {
    if (!rows.length) return;
    for (let i = 0; i < rows.length; i += 500) {
      const part = rows.slice(i, i + 500);
      await this.rpc.openOrders({ orders: part.map(toOpenOrder) }, requestId);
      const r = part.filter((x) => x.kind === 'reservation').map((x) => x.id);
      const s = part.filter((x) => x.kind === 'purchase').map((x) => x.id);
      if (r.length) await this.reservations.markOrdersOpened(r);
      if (s.length) await this.purchases.markOrdersOpened(s);
    }
  }

  /** Opens what the request path could not (any replica may run it: the open is idempotent). */
  async retryPending(olderThanMs = 1000): Promise<void> {
    const rows = await this.opening.unopenedOlderThan(olderThanMs);
    await this.send(rows, 'order-open-retry');
    // nothing was due: drop what will never be (reservations cancelled before their order was opened)
    if (!rows.length) await this.opening.forgetSettled();
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = this.retryPending()
        .catch((e) => this.logger.warn({ message: 'opening pending orders failed; will retry', error: String(e) }))
        .finally(() => (this.sweeping = undefined));
    }, this.config.orderRetryIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }
}

function toOpenOrder(r: OpenRow): OpenOrderV1 {
  const p = r.product;
  const f = r.fulfilment;
  return {
    orderId: r.order_id,
    reservationId: r.kind === 'reservation' ? r.id : null,
    batchId: r.batch_id,
    productId: p.productId,
    productName: p.productName,
    category: p.category,
    unit: p.unit,
    producerId: p.producerId,
    producerKind: p.producerKind,
    producerMemberCount: p.producerMemberCount,
    promptPayId: p.promptPayId,
    laoCode: p.laoCode,
    districtCode: p.districtCode,
    provinceCode: p.provinceCode,
    consumerId: r.consumer_id,
    quantity: r.quantity,
    unitPriceSatang: Number(r.unit_price_satang),
    deliveryFeeSatang: f.type === 'delivery' ? Number(r.delivery_fee_satang ?? 0) : 0,
    depositPercent: r.deposit_percent,
    fulfilment:
      f.type === 'pickup'
        ? { type: 'pickup', pickupPointId: f.pickupPointId, pickupPointName: r.pickup_name ?? '' }
        : { type: 'delivery', address: f.address },
    reservedAt: new Date(r.reserved_at).toISOString(),
  };
}
