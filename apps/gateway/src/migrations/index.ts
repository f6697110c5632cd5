import { Identity1764200000000 } from './1764200000000-identity.js';
import { TokenVersion1764800000000 } from './1764800000000-token-version.js';
import { LoginThrottleDelay1765300000000 } from './1765300000000-login-throttle-delay.js';
import { PersonalData1765300000001 } from './1765300000001-personal-data.js';

/** In order. Listed explicitly so the same list runs from ts sources (tests) and from dist (start). */
export const gatewayMigrations = [Identity1764200000000, TokenVersion1764800000000, LoginThrottleDelay1765300000000, PersonalData1765300000001];
