import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { HealthSubjects } from '@app/contracts';
import type { ServiceHealthV1 } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';
import { Public } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';

type Status = 'up' | 'down';

const HEALTH_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['up', 'down'] },
    down: { type: 'array', items: { type: 'string' }, description: 'the parts that did not answer' },
    checks: { type: 'object', additionalProperties: { type: 'string', enum: ['up', 'down'] }, description: 'postgres, nats and each service' },
    parkedEvents: { type: 'object', additionalProperties: { type: 'integer' }, description: 'services holding events their handlers failed on (only when any)' },
  },
  required: ['status', 'down', 'checks'],
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '200 when the gateway database, NATS and every service (with its database) answer; 503 naming what is down; parkedEvents names services holding events their handlers failed on' })
  @ApiResponse({ status: 200, description: 'everything answers', schema: HEALTH_SCHEMA })
  @ApiResponse({ status: 503, description: 'something is down: named in down', schema: HEALTH_SCHEMA })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const withTimeout = <T>(p: Promise<T>, ms: number) =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
    const postgres: Status = await withTimeout(this.ds.query('SELECT 1'), 2000).then(() => 'up', () => 'down');
    const nc = this.services.nats();
    const nats: Status = nc && !nc.isClosed() ? await withTimeout(nc.flush(), 2000).then(() => 'up', () => 'down') : 'down';
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
    const down = Object.entries(checks).filter(([, s]) => s === 'down').map(([k]) => k);
    reply.status(down.length ? 503 : 200);
    // Parked events need a person (a handler fails on them) but nothing is down: named, still 200.
    return { status: down.length ? 'down' : 'up', down, checks, ...(Object.keys(parkedEvents).length ? { parkedEvents } : {}) };
  }
}
