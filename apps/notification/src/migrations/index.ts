import { Messaging1764200000000, ParkedEvents1764800000000 } from '@app/messaging';
import { Notifications1766000000000 } from './1766000000000-notifications.js';
import { Accounts1767100000000 } from './1767100000000-accounts.js';
import { BatchesSeen1767100000002 } from './1767100000002-batches-seen.js';
import { LaoFlags1767100000003 } from './1767100000003-lao-flags.js';

/** In order. Listed explicitly so the same list runs from ts sources (tests) and from dist (start). */
export const notificationMigrations = [
  Messaging1764200000000,
  ParkedEvents1764800000000,
  Notifications1766000000000,
  Accounts1767100000000,
  BatchesSeen1767100000002,
  LaoFlags1767100000003,
];
