export const ROOT: string;
export function freePort(): Promise<number>;
export function portOpen(host: string, port: number, timeoutMs?: number): Promise<boolean>;
export function findNatsServer(): string | null;
export function startNatsServer(opts: { bin?: string | null; host?: string; port?: number; storeDir: string; config?: (port: number) => string }): Promise<{ url: string; stop(): Promise<void>; started: boolean; secured: boolean }>;
export function ensurePostgres(opts?: { url?: string; dataDir?: string; port?: number }): Promise<{ url: string; stop(): Promise<void>; started: boolean }>;
export function ensureNats(opts?: { url?: string; storeDir?: string }): Promise<{ url: string; stop(): Promise<void>; started: boolean }>;
export const CHROMIUM: string;
export function ensureChromium(): string;
