import { ConsoleLogger, LogLevel } from '@nestjs/common';

/**
 * The one place that reads process.env. Each app's config.ts turns these readings into its typed,
 * validated config at boot; code below the config receives values, never reads the environment.
 */
export type Env = Record<string, string | undefined>;

export function processEnv(): Env {
  return process.env;
}

export class EnvError extends Error {}

export function envString(env: Env, name: string, fallback?: string): string {
  const v = env[name]?.trim();
  if (v) return v;
  if (fallback !== undefined) return fallback;
  throw new EnvError(`Environment variable ${name} is required`);
}

export function envInt(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new EnvError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  return n;
}

export function envBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new EnvError(`${name} must be true or false, got "${raw}"`);
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

/**
 * How an app reaches NATS. With credentials (NATS_USER + NATS_PASSWORD, or NATS_NKEY_SEED) the server knows
 * which app it is and enforces that app's subject permissions (libs/messaging/src/permissions.ts); without
 * them only an open server (no authorization) accepts the connection. `app` names the app's reply inboxes
 * (`_INBOX.<app>.>`), the only ones its permissions let it subscribe to.
 */
export interface NatsEndpoint {
  url: string;
  app: string;
  user?: string;
  password?: string;
  /** an nkey user's seed (SU…): the server stores only its public key */
  nkeySeed?: string;
  /** TLS: the CA that signed the server's certificate; a client certificate and key for mutual TLS */
  tls?: { caFile?: string; certFile?: string; keyFile?: string };
}

/** NATS_URL, NATS_USER / NATS_PASSWORD or NATS_NKEY_SEED, NATS_TLS_CA / NATS_TLS_CERT / NATS_TLS_KEY. */
export function natsEndpoint(env: Env, app: string): NatsEndpoint {
  const user = env.NATS_USER?.trim() || undefined;
  const password = env.NATS_PASSWORD || undefined;
  const nkeySeed = env.NATS_NKEY_SEED?.trim() || undefined;
  if (user && !password) throw new EnvError('NATS_PASSWORD is required with NATS_USER');
  if (password && !user) throw new EnvError('NATS_USER is required with NATS_PASSWORD');
  if (nkeySeed && user) throw new EnvError('set either NATS_NKEY_SEED or NATS_USER/NATS_PASSWORD, not both');
  if (nkeySeed && !/^SU[A-Z2-7]{56}$/.test(nkeySeed))
    throw new EnvError('NATS_NKEY_SEED must be a user seed (SU… , 58 characters)');
  if (env.NODE_ENV === 'production' && !user && !nkeySeed && !envBool(env, 'NATS_ALLOW_OPEN', false)) {
    throw new EnvError(
      'NATS credentials are required when NODE_ENV=production (NATS_USER and NATS_PASSWORD, or NATS_NKEY_SEED); NATS_ALLOW_OPEN=true connects without',
    );
  }
  const [caFile, certFile, keyFile] = ['NATS_TLS_CA', 'NATS_TLS_CERT', 'NATS_TLS_KEY'].map(
    (n) => env[n]?.trim() || undefined,
  );
  if (!!certFile !== !!keyFile) throw new EnvError('NATS_TLS_CERT and NATS_TLS_KEY go together');
  return {
    url: envString(env, 'NATS_URL', DEFAULT_NATS_URL),
    app,
    ...(user ? { user, password } : {}),
    ...(nkeySeed ? { nkeySeed } : {}),
    ...(caFile || certFile ? { tls: { caFile, certFile, keyFile } } : {}),
  };
}

/** Settings every service shares. */
export interface CommonConfig {
  nats: NatsEndpoint;
  /** the service's own database */
  databaseUrl: string;
  streamReplicas: number;
  logLevels: LogLevel[];
  logJson: boolean;
}

/** `<SERVICE>_DATABASE_URL`, else DATABASE_URL's server with database `<DATABASE_PREFIX>_<service>`. */
export function commonConfig(env: Env, service: string): CommonConfig {
  const key = service.toUpperCase().replace(/-/g, '_');
  const server = envString(env, 'DATABASE_URL', DEFAULT_DATABASE_URL);
  const u = new URL(server);
  u.pathname = `/${envString(env, 'DATABASE_PREFIX', 'kdbr')}_${service.replace(/-/g, '_')}`;
  return {
    nats: natsEndpoint(env, service),
    databaseUrl: envString(env, `${key}_DATABASE_URL`, u.toString()),
    streamReplicas: envInt(env, 'JETSTREAM_REPLICAS', 1, 1, 5),
    logLevels: logLevels(envString(env, 'LOG_LEVEL', 'log')),
    logJson: envBool(env, 'LOG_JSON', true),
  };
}

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
export function logLevels(level: string): LogLevel[] {
  const i = LEVELS.indexOf(level as LogLevel);
  if (i < 0) throw new EnvError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  return LEVELS.slice(0, i + 1);
}

export function makeLogger(name: string, cfg: Pick<CommonConfig, 'logLevels' | 'logJson'>): ConsoleLogger {
  return new ConsoleLogger(name, { json: cfg.logJson, logLevels: cfg.logLevels, colors: !cfg.logJson });
}
