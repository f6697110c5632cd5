import { Messaging1764200000000, ParkedEvents1764800000000 } from '@app/messaging';
import { Batches1764300000000 } from './1764300000000-batches.js';
import { PartialFillMinimum1764300000001 } from './1764300000001-partial-fill-minimum.js';
import { ReserveGroup1765200000014 } from './1765200000014-reserve-group.js';
import { BalanceDeadline1766100000000 } from './1766100000000-balance-deadline.js';
import { BatchTransitionGuard1767200000000 } from './1767200000000-batch-transition-guard.js';
import { BatchNotices1767100000001 } from './1767100000001-batch-notices.js';
import { OrdersToOpen1767300000000 } from './1767300000000-orders-to-open.js';
import { ReserveGroupProbes1767400000000 } from './1767400000000-reserve-group-probes.js';

/** In order. Listed explicitly so the same list runs from ts sources (tests) and from dist (start). */
export const harvestPreorderMigrations = [
  Messaging1764200000000,
  Batches1764300000000,
  PartialFillMinimum1764300000001,
  ParkedEvents1764800000000,
  ReserveGroup1765200000014,
  BalanceDeadline1766100000000,
  BatchNotices1767100000001,
  BatchTransitionGuard1767200000000,
  OrdersToOpen1767300000000,
  ReserveGroupProbes1767400000000,
];
