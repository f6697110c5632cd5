export const NATS_INSTALL_HINT: string;
export function freePort(): Promise<number>;
export function portOpen(host: string, port: number, timeoutMs?: number): Promise<boolean>;
export function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void>;
export function findNatsServer(): string | null;
export function startNatsServer(opts: {
  bin?: string | null;
  host?: string;
  port?: number;
  storeDir: string;
  config?: (port: number) => string;
}): Promise<{ url: string; stop(signal?: NodeJS.Signals): Promise<void>; started: boolean; secured: boolean }>;
