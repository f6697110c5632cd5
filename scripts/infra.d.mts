export {
  findNatsServer,
  freePort,
  NATS_INSTALL_HINT,
  portOpen,
  startNatsServer,
} from '../libs/testing/src/nats-server.mjs';
export const ROOT: string;
export function ensurePostgres(opts?: {
  url?: string;
  dataDir?: string;
  port?: number;
}): Promise<{ url: string; stop(): Promise<void>; started: boolean }>;
export function ensureNats(opts?: {
  url?: string;
  storeDir?: string;
}): Promise<{ url: string; stop(): Promise<void>; started: boolean }>;
export const CHROMIUM: string;
export const CHROMIUM_FLAGS: string[];
export function ensureChromium(): string;
