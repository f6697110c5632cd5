import { Logger } from '@nestjs/common';
import { connect, ConnectionOptions, NatsConnection, nkeyAuthenticator } from '@nats-io/transport-node';
import { ClientProxy, ClientProxyFactory, MicroserviceOptions, Transport } from '@nestjs/microservices';
import type { NatsEndpoint } from '@app/config';

export type { NatsEndpoint };

export function natsServers(url: string): string[] {
  return url
    .split(',')
    .map((s) => s.trim().replace(/^nats:\/\//, ''))
    .filter(Boolean);
}

/** The reply inboxes of an app: its NATS permissions let it subscribe to these and no others. */
export function inboxPrefix(app: string): string {
  return `_INBOX.${app}`;
}

/**
 * The connection options every NATS connection of an app uses (Nest transport, plain connections): its
 * servers, its credentials and its own inbox prefix (so replies to it cannot be read by another app).
 */
export function natsConnectionOptions(ep: NatsEndpoint, name?: string): ConnectionOptions {
  return {
    servers: natsServers(ep.url),
    ...(name ? { name } : {}),
    inboxPrefix: inboxPrefix(ep.app),
    // nats.js otherwise builds an Error (a captured stack) up front for every request and every JetStream
    // publish, in case it later fails: the order service's relay spent ~7 % of its CPU on them in a live
    // sale. A failed request still rejects with its own error; only the caller's async stack is left out.
    noAsyncTraces: true,
    ...(ep.user ? { user: ep.user, pass: ep.password } : {}),
    ...(ep.nkeySeed ? { authenticator: nkeyAuthenticator(new TextEncoder().encode(ep.nkeySeed)) } : {}),
    ...(ep.tls ? { tls: { caFile: ep.tls.caFile, certFile: ep.tls.certFile, keyFile: ep.tls.keyFile } } : {}),
  };
}

/** Nest NATS transport for a service: request/reply on its subjects, one queue group per service. */
export function natsMicroserviceOptions(ep: NatsEndpoint, queue: string): MicroserviceOptions {
  return {
    transport: Transport.NATS,
    options: { ...natsConnectionOptions(ep, `${ep.app}-rpc-server`), queue },
  } as MicroserviceOptions;
}

/** A Nest NATS client (request/reply to other services) with the app's credentials and inboxes. */
export function natsClientProxy(ep: NatsEndpoint): ClientProxy {
  return ClientProxyFactory.create({
    transport: Transport.NATS,
    options: natsConnectionOptions(ep, `${ep.app}-rpc-client`),
  });
}

/**
 * A plain NATS connection (JetStream publishing and consuming, live ticks). The server reports a refused
 * publish or subscribe (a permissions violation) asynchronously on the connection, not to the caller: it is
 * logged here as an error, never left silent.
 */
export async function connectNats(ep: NatsEndpoint, name: string): Promise<NatsConnection> {
  const nc = await connect({ ...natsConnectionOptions(ep, name), maxReconnectAttempts: -1 });
  watchNatsErrors(nc, name);
  return nc;
}

export function watchNatsErrors(nc: NatsConnection, name: string): void {
  const logger = new Logger('Nats');
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'error') {
        const error = (s as { error?: Error }).error;
        const permission = error?.name === 'PermissionViolationError';
        logger.error({
          message: permission ? 'NATS refused a publish or subscribe (permissions violation)' : 'NATS connection error',
          connection: name,
          error: String(error?.message ?? error),
        });
      }
    }
  })().catch(() => undefined);
}
