import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { GatewayHealthV1, HealthSubjects } from '@app/contracts';
import { ping } from '@app/persistence';
import type { ServiceHealthV1 } from '@app/contracts';
import { Public } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';

type Status = 'up' | 'down';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      '200 when the gateway database, NATS and every service (with its database) answer; 503 naming what is down; parkedEvents names services holding events their handlers failed on',
  })
  @ApiResponse({ status: 200, description: 'everything answers', type: GatewayHealthV1 })
  @ApiResponse({ status: 503, description: 'something is down: named in down', type: GatewayHealthV1 })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<GatewayHealthV1> {
    const withTimeout = <T>(p: Promise<T>, ms: number) =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
    const postgres: Status = await withTimeout(ping(this.ds), 2000).then(
      () => 'up',
      () => 'down',
    );
    const nc = this.services.nats();
    const nats: Status =
      nc && !nc.isClosed()
        ? await withTimeout(nc.flush(), 2000).then(
            () => 'up',
            () => 'down',
          )
        : 'down';
    const services: Record<string, Status> = {};
    const parkedEvents: Record<string, number> = {};
    await Promise.all(
      Object.entries(HealthSubjects).map(async ([, subject]) => {
        const name = subject.replace(/\.health$/, '');
        services[name] = await this.services
          .call<ServiceHealthV1>(subject, {}, { caller: null, requestId: 'health' }, 2000)
          .then(
            (h) => {
              if (h.parkedEvents) parkedEvents[name] = h.parkedEvents;
              return h.database === 'up' ? 'up' : 'down';
            },
            () => 'down',
          );
      }),
    );
    const checks = { postgres, nats, ...services };
    const down = Object.entries(checks)
      .filter(([, s]) => s === 'down')
      .map(([k]) => k);
    reply.status(down.length ? 503 : 200);
    // Parked events need a person (a handler fails on them) but nothing is down: named, still 200.
    return {
      status: down.length ? 'down' : 'up',
      down,
      checks,
      ...(Object.keys(parkedEvents).length ? { parkedEvents } : {}),
    };
  }
}
