import { ApprovedMembershipAndFlags1766013000001 } from './1766013000001-approved-membership-and-flags.js';
import { Messaging1764200000000, ParkedEvents1764800000000 } from '@app/messaging';
import { Diagnostics1764200000001 } from './1764200000001-diagnostics.js';
import { ReadModel1764300000000 } from './1764300000000-read-model.js';
import { ContentLinkRemovals1764500000000 } from './1764500000000-content-link-removals.js';
import { FiscalYearSums1764600000000 } from './1764600000000-fiscal-year-sums.js';
import { FactsByDayCovering1764600000001 } from './1764600000001-facts-by-day-covering.js';
import { PresenceByDay1764700000000 } from './1764700000000-presence-by-day.js';
import { ReferenceVersion1764700000001 } from './1764700000001-reference-version.js';

/** In order. Listed explicitly so the same list runs from ts sources (tests) and from dist (start). */
export const reportingMigrations = [
  Messaging1764200000000,
  Diagnostics1764200000001,
  ReadModel1764300000000,
  ContentLinkRemovals1764500000000,
  FiscalYearSums1764600000000,
  FactsByDayCovering1764600000001,
  PresenceByDay1764700000000,
  ReferenceVersion1764700000001,
  ParkedEvents1764800000000,
  ApprovedMembershipAndFlags1766013000001,
];
