import { Messaging1764200000000, ParkedEvents1764800000000 } from '@app/messaging';
import { Orders1764200000001 } from './1764200000001-orders.js';
import { OrderLifecycle1764200000002 } from './1764200000002-order-lifecycle.js';
import { OrderTombstones1764200000003 } from './1764200000003-order-tombstones.js';
import { PaymentSlips1765000000000 } from './1765000000000-payment-slips.js';
import { BalanceDeadline1766100000000 } from './1766100000000-balance-deadline.js';
import { OpeningIndexes1767300000000 } from './1767300000000-opening-indexes.js';
import { LeanHistory1767500000000 } from './1767500000000-lean-history.js';

/** In order. Listed explicitly so the same list runs from ts sources (tests) and from dist (start). */
export const orderMigrations = [
  Messaging1764200000000,
  Orders1764200000001,
  OrderLifecycle1764200000002,
  OrderTombstones1764200000003,
  ParkedEvents1764800000000,
  PaymentSlips1765000000000,
  BalanceDeadline1766100000000,
  OpeningIndexes1767300000000,
  LeanHistory1767500000000,
];
