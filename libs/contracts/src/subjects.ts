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
  /** SummaryQuery → PackedReplyV1 of SummaryV1 */
  summary: 'reporting.summary.get',
  /** AreaQueryDto → PackedReplyV1 of BreakdownV1 (splits by producer kind, category, month) */
  breakdown: 'reporting.breakdown.get',
  /** AreaQueryDto → PackedReplyV1 of ContentLinkV1[] */
  contentLinks: 'reporting.content-links.list',
  /** ExportQuery → PackedReplyV1 of ExportFileV1 */
  export: 'reporting.export',
  /** SetTargetCommand → TargetV1 & {fiscalYear, level, code} */
  setTarget: 'reporting.targets.set',
  /** SubmitMonthCommand → SubmissionV1 */
  submitMonth: 'reporting.submissions.submit',
  /** ListSubmissionsQuery → SubmissionV1[] */
  listSubmissions: 'reporting.submissions.list',
} as const;

export const HarvestPreorderSubjects = {} as const;

export const OrderSubjects = {
  /** OpenOrdersCommandV1 → OpenOrdersReplyV1 (idempotent by orderId) */
  openOrders: 'order.orders.open',
  /** completed orders of a period, for reporting's reconciliation */
  listCompleted: 'order.orders.completed.list',
} as const;
