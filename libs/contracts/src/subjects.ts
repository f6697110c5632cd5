/**
 * Request/reply subjects (commands are imperative, queries are nouns). Each service listens on its own
 * prefix with a queue group named after the service, so replicas share the load.
 *
 * Every subject under a service's prefix is PUBLIC unless INTERNAL_SUBJECTS (end of this file) names it:
 * the gateway may publish any public one (NATS permissions, libs/messaging/src/permissions.ts), so a new
 * public subject needs no permission change, and a new internal one is one line in INTERNAL_SUBJECTS.
 */
export const QUEUE_GROUPS = {
  catalog: 'catalog',
  harvestPreorder: 'harvest-preorder',
  order: 'order',
  reporting: 'reporting',
  notification: 'notification',
} as const;
export type ServiceName = keyof typeof QUEUE_GROUPS;

export const HealthSubjects = {
  catalog: 'catalog.health',
  harvestPreorder: 'harvest-preorder.health',
  order: 'order.health',
  reporting: 'reporting.health',
  notification: 'notification.health',
} as const;

export const CatalogSubjects = {
  listProvinces: 'catalog.provinces.list',
  getProvince: 'catalog.provinces.get',
  listDistricts: 'catalog.districts.list',
  /** ListSubdistrictsQuery → SubdistrictV1[] (one row per subdistrict and postcode) */
  listSubdistricts: 'catalog.subdistricts.list',
  listLaos: 'catalog.laos.list',
  getLao: 'catalog.laos.get',
  getProductSnapshot: 'catalog.products.snapshot',
  /** dla_admin adds or corrects an LAO */
  createLao: 'catalog.laos.create',
  updateLao: 'catalog.laos.update',
  registerProducer: 'catalog.producers.register',
  updateProducer: 'catalog.producers.update',
  getProducer: 'catalog.producers.get',
  listProducers: 'catalog.producers.list',
  /**
   * IdQuery: undoes a registration (the gateway's onboarding, when the producer's login cannot be made).
   * Only whoever registered it, only while nothing refers to it; raises catalog.producer.withdrawn.
   */
  withdrawProducer: 'catalog.producers.withdraw',
  /** ProposeMembershipCommand → MembershipProposalV1 (the producer itself; a pending one is superseded) */
  proposeMembership: 'catalog.producers.membership.propose',
  /** ListMembershipProposalsQuery → Page<MembershipProposalV1> (a producer: its own; an administrator: its area) */
  listMembershipProposals: 'catalog.producers.membership.proposals.list',
  /** DecideMembershipCommand → MembershipProposalV1 (an administrator of the producer's area) */
  approveMembership: 'catalog.producers.membership.approve',
  rejectMembership: 'catalog.producers.membership.reject',
  /** ProducerMembershipQuery → Page<MembershipChangeV1>, newest first */
  membershipHistory: 'catalog.producers.membership.history',
  /** LinkProducerLoginCommand: the gateway made or bound the producer's login (the report flags sales to it) */
  linkProducerLogin: 'catalog.producers.login.link',
  createProduct: 'catalog.products.create',
  updateProduct: 'catalog.products.update',
  getProduct: 'catalog.products.get',
  listProducts: 'catalog.products.list',
  getShareKit: 'catalog.products.share',
  /** IdQuery → SharePosterV1 */
  getSharePoster: 'catalog.products.share.poster',
  /** AddProductPhotoCommand → ProductV1 (the photo stored and appended to the product's media) */
  addProductPhoto: 'catalog.products.photos.add',
  /** GetMediaQuery → MediaFileV1 */
  getMedia: 'catalog.media.get',
  createContentLink: 'catalog.content-links.create',
  listContentLinks: 'catalog.content-links.list',
  removeContentLink: 'catalog.content-links.remove',
  createReview: 'catalog.reviews.create',
  listReviews: 'catalog.reviews.list',
  /** {} → MyReviewV1[]: the calling consumer's own reviews (personal-data download) */
  listMyReviews: 'catalog.reviews.mine',
  /** Diagnostics: records a ping and raises diagnostics.ping.recorded through the outbox. */
  recordPing: 'catalog.diagnostics.ping',
} as const;

export const ReportingSubjects = {
  /** Diagnostics: how many times a ping event was applied (exactly-once check). */
  getPing: 'reporting.diagnostics.ping.get',
  /** SummaryQuery → PackedReplyV1 of SummaryV1 */
  summary: 'reporting.summary.get',
  /** FlaggedSalesQuery → FlaggedSalesPageV1 */
  flaggedSales: 'reporting.flagged-sales.list',
  /** ExcludeSaleCommand → SaleExclusionV1 (an administrator of the sale's area) */
  excludeSale: 'reporting.flagged-sales.exclude',
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
  /** internal, the notification service: LaoNoticesQuery → LaoNoticesV1 (month submitted? open flagged sales) */
  laoNotices: 'reporting.lao-notices.get',
} as const;

export const HarvestPreorderSubjects = {
  createBatch: 'harvest-preorder.batches.create',
  getBatch: 'harvest-preorder.batches.get',
  listBatches: 'harvest-preorder.batches.list',
  /** open | close | cancel | complete: one transition of the batch lifecycle */
  transitionBatch: 'harvest-preorder.batches.transition',
  harvestBatch: 'harvest-preorder.batches.harvest',
  /** HarvestCommandDto → HarvestPreviewV1: what the allocation rule would give, nothing written */
  previewHarvest: 'harvest-preorder.batches.harvest.preview',
  /** BatchIdDto → BatchLiveV1: the live-sale counters and the last reservations (its manager only) */
  liveBatch: 'harvest-preorder.batches.live',
  /** the farmer's packing view (reservations, totals per pickup point and per day) */
  listBatchReservations: 'harvest-preorder.batches.reservations.list',
  reserve: 'harvest-preorder.reservations.reserve',
  /** the gateway's groups of reservations (issue 14): body a JSON array of ReserveGroupItemV1, reply one result per item */
  reserveGroup: 'harvest-preorder.reservations.reserve-group',
  cancelReservation: 'harvest-preorder.reservations.cancel',
  /** ReservationIdDto → ReservationDetailV1: its consumer, or whoever manages its batch */
  getReservation: 'harvest-preorder.reservations.get',
  /** ListMyReservationsQuery → ReservationPageV1: the caller's own reservations, newest first */
  listMyReservations: 'harvest-preorder.reservations.mine',
  /** direct purchase of surplus stock after harvest */
  purchaseStock: 'harvest-preorder.batches.purchase',
} as const;

/**
 * Live ticks: plain NATS messages (not JetStream events) that harvest-preorder sends after each decided
 * group of reservations or a cancellation, so the gateway can refresh live-sale viewers without polling.
 * Losing one is harmless: the next tick, and every viewer's first snapshot, carry the absolute figures.
 */
export const LiveSubjects = {
  batch: (batchId: string) => `live.batch.${batchId}`,
  anyBatch: 'live.batch.*',
} as const;

export const OrderSubjects = {
  /** OpenOrdersCommandV1 → OpenOrdersReplyV1 (idempotent by orderId) */
  openOrders: 'order.orders.open',
  /** completed orders of a period, for reporting's reconciliation */
  listCompleted: 'order.orders.completed.list',
  get: 'order.orders.get',
  getPayment: 'order.orders.payment.get',
  list: 'order.orders.list',
  recordPayment: 'order.orders.payments.record',
  /** SubmitSlipCommand → OrderViewV1: the consumer's bank slip (image normalised and QR read by the gateway) */
  submitSlip: 'order.orders.slips.submit',
  /** SlipImageQuery → PaymentSlipImageV1 */
  getSlipImage: 'order.orders.slips.image.get',
  /** RejectSlipCommand → OrderViewV1: the producer or LAO admin says a pending slip does not match, with a reason */
  rejectSlip: 'order.orders.slips.reject',
  payRefund: 'order.orders.refunds.pay',
  /** a dispute after completion: refund (part of) a completed order */
  refund: 'order.orders.refund',
  markReady: 'order.orders.ready',
  ship: 'order.orders.ship',
  handover: 'order.orders.handover',
  complete: 'order.orders.complete',
  /** internal: run the expiry and auto-complete sweeps now (tests may pass asOf when the service allows it) */
  runSweeps: 'order.sweeps.run',
} as const;

/**
 * Internal subjects: service to service only, never sent by the gateway. Each names the services whose NATS
 * user may publish it; the NATS server refuses it to everyone else (the gateway's publish permission is its
 * domains' wildcards minus these). So only here may a handler accept a message without a caller as coming
 * from a service: on a public subject a missing caller is an anonymous visitor, never an internal call.
 */
export const INTERNAL_SUBJECTS: Readonly<Record<string, readonly ServiceName[]>> = {
  [CatalogSubjects.getProductSnapshot]: ['harvestPreorder'],
  [OrderSubjects.openOrders]: ['harvestPreorder'],
  [OrderSubjects.listCompleted]: ['reporting'],
  /** the service's own sweeps (an operator runs them with the order service's credentials) */
  [OrderSubjects.runSweeps]: ['order'],
  /** the notification service's own sweeps (reminders, due deliveries), run by its timer */
  'notification.sweeps.run': ['notification'],
  /** the LAO admins' reminders: asked by the notification service's sweep */
  [ReportingSubjects.laoNotices]: ['notification'],
};
