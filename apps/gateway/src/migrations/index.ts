import { Identity1764200000000 } from './1764200000000-identity.js';
import { TokenVersion1764800000000 } from './1764800000000-token-version.js';
import { PhoneVerification1765300000000 } from './1765300000000-phone-verification.js';
import { LoginThrottleDelay1765300000002 } from './1765300000002-login-throttle-delay.js';
import { PersonalData1765300000003 } from './1765300000003-personal-data.js';

/** In order. Listed explicitly so the same list runs from ts sources (tests) and from dist (start). */
export const gatewayMigrations = [
  Identity1764200000000,
  TokenVersion1764800000000,
  PhoneVerification1765300000000,
  LoginThrottleDelay1765300000002,
  PersonalData1765300000003,
];
