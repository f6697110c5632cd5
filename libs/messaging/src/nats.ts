import { connect, NatsConnection } from '@nats-io/transport-node';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';

export function natsServers(url: string): string[] {
  return url.split(',').map((s) => s.trim().replace(/^nats:\/\//, '')).filter(Boolean);
}

/** Nest NATS transport for a service: request/reply on its subjects, one queue group per service. */
export function natsMicroserviceOptions(url: string, queue: string): MicroserviceOptions {
  return { transport: Transport.NATS, options: { servers: natsServers(url), queue } } as MicroserviceOptions;
}

/** A plain NATS connection (JetStream publishing and consuming). */
export function connectNats(url: string, name: string): Promise<NatsConnection> {
  return connect({ servers: natsServers(url), name, maxReconnectAttempts: -1 });
}
