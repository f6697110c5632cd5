import { Controller, Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import type { ServiceHealthV1 } from '@app/contracts';

/** The reply of `<service>.health`: the gateway's /health asks every service for it. */
export function healthController(subject: string, service: string): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(private readonly ds: DataSource) {}

    @MessagePattern(subject)
    async health(): Promise<ServiceHealthV1> {
      const database = await this.ds.query('SELECT 1').then(
        () => 'up' as const,
        () => 'down' as const,
      );
      if (database === 'down') return { service, database };
      const parked = await this.ds.query(`SELECT count(*)::int AS n FROM parked_events`).then(
        (r: Array<{ n: number }>) => r[0].n,
        () => undefined,
      );
      return { service, database, ...(parked !== undefined ? { parkedEvents: parked } : {}) };
    }
  }
  return HealthController;
}
