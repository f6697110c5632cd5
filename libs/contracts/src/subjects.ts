/**
 * Request/reply subjects (commands are imperative, queries are nouns). Each service listens on its own
 * prefix with a queue group named after the service, so replicas share the load.
 */
export const QUEUE_GROUPS = {
  catalog: 'catalog',
  harvestPreorder: 'harvest-preorder',
  order: 'order',
  reporting: 'reporting',
} as const;
export type ServiceName = keyof typeof QUEUE_GROUPS;

export const HealthSubjects = {
  catalog: 'catalog.health',
  harvestPreorder: 'harvest-preorder.health',
  order: 'order.health',
  reporting: 'reporting.health',
} as const;

export const CatalogSubjects = {
  listProvinces: 'catalog.provinces.list',
  getProvince: 'catalog.provinces.get',
  listDistricts: 'catalog.districts.list',
  listLaos: 'catalog.laos.list',
  getLao: 'catalog.laos.get',
  getProductSnapshot: 'catalog.products.snapshot',
  /** Diagnostics: records a ping and raises diagnostics.ping.recorded through the outbox. */
  recordPing: 'catalog.diagnostics.ping',
} as const;

export const ReportingSubjects = {
  /** Diagnostics: how many times a ping event was applied (exactly-once check). */
  getPing: 'reporting.diagnostics.ping.get',
} as const;

export const HarvestPreorderSubjects = {
  createBatch: 'harvest-preorder.batches.create',
  getBatch: 'harvest-preorder.batches.get',
  listBatches: 'harvest-preorder.batches.list',
  /** open | close | cancel | complete: one transition of the batch lifecycle */
  transitionBatch: 'harvest-preorder.batches.transition',
  harvestBatch: 'harvest-preorder.batches.harvest',
  /** the farmer's packing view (reservations, totals per pickup point and per day) */
  listBatchReservations: 'harvest-preorder.batches.reservations.list',
  reserve: 'harvest-preorder.reservations.reserve',
  cancelReservation: 'harvest-preorder.reservations.cancel',
  getReservation: 'harvest-preorder.reservations.get',
  /** direct purchase of surplus stock after harvest */
  purchaseStock: 'harvest-preorder.batches.purchase',
} as const;

export const OrderSubjects = {
  /** OpenOrdersCommandV1 → OpenOrdersReplyV1 (idempotent by orderId) */
  openOrders: 'order.orders.open',
  /** completed orders of a period, for reporting's reconciliation */
  listCompleted: 'order.orders.completed.list',
} as const;
