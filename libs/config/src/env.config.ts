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
  if (!Number.isInteger(n) || n < min || n > max) throw new EnvError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
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

/** Settings every service shares. */
export interface CommonConfig {
  natsUrl: string;
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
    natsUrl: envString(env, 'NATS_URL', DEFAULT_NATS_URL),
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
