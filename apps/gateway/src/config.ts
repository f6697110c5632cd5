import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { CommonConfig, commonConfig, Env, envBool, envInt, envString, EnvError } from '@app/config';
import { loadSmsConfig } from '@app/sms';
import type { SmsConfig } from '@app/sms';

export interface GatewayConfig extends CommonConfig {
  port: number;
  host: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  rpcTimeoutMs: number;
  /** Fastify trustProxy: false (default: the socket address is the client), true, a hop count, or addresses/CIDRs */
  trustProxy: boolean | number | string;
  /**
   * The first dla_admin. A generated password is written to `passwordFile` (created 0600, never
   * overwritten) and to nothing else: the gateway's stdout is a log file under npm start, systemd or Docker.
   */
  bootstrapAdmin: { login?: string; password?: string; generateIfNone: boolean; passwordFile?: string };
  /** the rule: identity/login-throttle.ts and the README's "Identity and access" */
  loginThrottle: {
    windowSeconds: number;
    freeFailures: number;
    baseDelaySeconds: number;
    maxDelaySeconds: number;
    maxFailuresPerLogin: number;
    maxFailuresPerIp: number;
    maxRows: number;
    pruneIntervalMs: number;
  };
  /** the built web app: `client/` (browser assets) and `server/entry-server.js` (first HTML of share pages) */
  webDistDir: string;
  /** the site's public address, for share links, og:url and canonical links */
  publicBaseUrl: string;
  sms: SmsConfig;
  phoneVerification: PhoneVerificationConfig;
  /**
   * Reservations of one batch leave for harvest-preorder in groups (issue 14): gathered for `windowMs`
   * (RESERVE_GROUP_WINDOW_MS), or while `maxInFlight` groups of the batch are in flight
   * (RESERVE_GROUP_MAX_IN_FLIGHT), at most `maxGroup` each (RESERVE_GROUP_MAX).
   */
  reserveGroup: { windowMs: number; maxGroup: number; maxInFlight: number };
  /**
   * POST /batches/:id/reservations served past Nest's per-request pipeline when its pipes would pass
   * (batches/reservation-fast-path.ts); RESERVE_FAST_PATH=false leaves every request to Nest (same answers).
   */
  reserveFastPath: boolean;
}

export interface PhoneVerificationConfig {
  codeTtlSeconds: number;
  maxAttempts: number;
  /** SMS to one phone (registration, resend): at most 1 per minGapSeconds and perPhone per windowSeconds */
  minGapSeconds: number;
  perPhone: number;
  /** registrations and code requests from one client address per windowSeconds */
  perIp: number;
  /** code checks from one client address per windowSeconds */
  verifyPerIp: number;
  windowSeconds: number;
}

export function loadGatewayConfig(env: Env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.JWT_SECRET?.trim() || (production ? '' : randomBytes(32).toString('hex'));
  if (!jwtSecret) throw new EnvError('JWT_SECRET is required when NODE_ENV=production (replicas must share it)');
  if (jwtSecret.length < 32) throw new EnvError('JWT_SECRET must be at least 32 characters');
  const login = env.BOOTSTRAP_ADMIN_LOGIN?.trim().toLowerCase();
  const password = env.BOOTSTRAP_ADMIN_PASSWORD;
  if (login && !password) throw new EnvError('BOOTSTRAP_ADMIN_PASSWORD is required with BOOTSTRAP_ADMIN_LOGIN');
  if (login && !/^[^@\s]+@[^@\s]+$/.test(login)) throw new EnvError('BOOTSTRAP_ADMIN_LOGIN must be an e-mail address');
  const generateIfNone = envBool(env, 'BOOTSTRAP_ADMIN_GENERATE', false);
  const passwordFile = env.BOOTSTRAP_ADMIN_PASSWORD_FILE?.trim()
    ? resolve(env.BOOTSTRAP_ADMIN_PASSWORD_FILE.trim())
    : undefined;
  if (generateIfNone && !login && !passwordFile)
    throw new EnvError(
      'BOOTSTRAP_ADMIN_PASSWORD_FILE is required with BOOTSTRAP_ADMIN_GENERATE (a generated password is written there, 0600, never to a log)',
    );
  return {
    ...commonConfig(env, 'gateway'),
    port: envInt(env, 'PORT', 3000, 0, 65535),
    host: envString(env, 'HOST', '0.0.0.0'),
    jwtSecret,
    jwtTtlSeconds: envInt(env, 'JWT_TTL_SECONDS', 12 * 3600, 60),
    rpcTimeoutMs: envInt(env, 'RPC_TIMEOUT_MS', 10_000, 100),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    bootstrapAdmin: { login, password, generateIfNone, passwordFile },
    webDistDir: resolve(envString(env, 'WEB_DIST_DIR', 'dist/web')),
    publicBaseUrl: envString(env, 'PUBLIC_BASE_URL', `http://localhost:${env.PORT ?? '3000'}`).replace(/\/+$/, ''),
    sms: loadSmsConfig(env),
    phoneVerification: {
      codeTtlSeconds: envInt(env, 'PHONE_CODE_TTL_SECONDS', 10 * 60, 10),
      maxAttempts: envInt(env, 'PHONE_CODE_MAX_ATTEMPTS', 5, 1, 20),
      minGapSeconds: envInt(env, 'SMS_MIN_GAP_SECONDS', 60, 0),
      perPhone: envInt(env, 'SMS_MAX_PER_PHONE', 5, 1),
      perIp: envInt(env, 'SMS_MAX_PER_IP', 30, 1),
      verifyPerIp: envInt(env, 'PHONE_CODE_CHECKS_PER_IP', 100, 1),
      windowSeconds: envInt(env, 'SMS_THROTTLE_WINDOW_SECONDS', 3600, 1),
    },
    reserveGroup: {
      windowMs: envInt(env, 'RESERVE_GROUP_WINDOW_MS', 2, 0, 1000),
      maxGroup: envInt(env, 'RESERVE_GROUP_MAX', 200, 1, 1000),
      maxInFlight: envInt(env, 'RESERVE_GROUP_MAX_IN_FLIGHT', 2, 1, 64),
    },
    reserveFastPath: envBool(env, 'RESERVE_FAST_PATH', true),
    loginThrottle: {
      windowSeconds: envInt(env, 'LOGIN_THROTTLE_WINDOW_SECONDS', 15 * 60, 1),
      freeFailures: envInt(env, 'LOGIN_FREE_FAILURES', 5, 1),
      baseDelaySeconds: envInt(env, 'LOGIN_DELAY_BASE_SECONDS', 30, 1),
      maxDelaySeconds: envInt(env, 'LOGIN_DELAY_MAX_SECONDS', 15 * 60, 1),
      maxFailuresPerLogin: envInt(env, 'LOGIN_MAX_FAILURES_PER_LOGIN', 30, 1),
      maxFailuresPerIp: envInt(env, 'LOGIN_MAX_FAILURES_PER_IP', 300, 1),
      maxRows: envInt(env, 'LOGIN_THROTTLE_MAX_ROWS', 100_000, 100),
      pruneIntervalMs: envInt(env, 'LOGIN_THROTTLE_PRUNE_INTERVAL_MS', 60_000, 0),
    },
  };
}

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

/**
 * Which X-Forwarded-For hops to believe. Off by default: otherwise any client could choose the address the
 * per-address login limit counts (and lock out a village's shared carrier address with spoofed failures).
 */
function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const v = raw?.trim();
  if (!v || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
