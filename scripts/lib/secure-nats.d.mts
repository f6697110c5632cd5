export type NatsAppName = 'gateway' | 'catalog' | 'harvest-preorder' | 'order' | 'reporting';
export function startSecuredNats(opts: {
  storeDir: string;
  host?: string;
  port?: number;
  bin?: string | null;
  credentials?: Record<NatsAppName, string>;
  cluster?: { serverName: string; name: string; port: number; routes: string[] };
}): Promise<{
  url: string;
  stop(): Promise<void>;
  started: boolean;
  credentials: Record<NatsAppName, string>;
  envFor(app: NatsAppName): { NATS_USER: string; NATS_PASSWORD: string };
}>;
