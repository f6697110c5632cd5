import { Identity1764200000000 } from './1764200000000-identity.js';

/** In order. Listed explicitly so the same list runs from ts sources (tests) and from dist (start). */
export const gatewayMigrations = [Identity1764200000000];
