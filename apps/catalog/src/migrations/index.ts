import { ParkedEvents1764800000000 } from '@app/messaging';
import { Geography1764200000000 } from './1764200000000-geography.js';
import { Catalog1764300000000 } from './1764300000000-catalog.js';
import { ContentLinkKey1764400000000 } from './1764400000000-content-link-key.js';
import { Subdistricts1764900000000 } from './1764900000000-subdistricts.js';
import { Media1765000000000 } from './1765000000000-media.js';
import { MembershipApproval1766013000000 } from './1766013000000-membership-approval.js';
import { ContentLinkPostKey1766200000000 } from './1766200000000-content-link-post-key.js';

/** In order. Listed explicitly so the same list runs from ts sources (tests) and from dist (start). */
export const catalogMigrations = [
  Geography1764200000000,
  Catalog1764300000000,
  ContentLinkKey1764400000000,
  ParkedEvents1764800000000,
  Subdistricts1764900000000,
  Media1765000000000,
  MembershipApproval1766013000000,
  ContentLinkPostKey1766200000000,
];
