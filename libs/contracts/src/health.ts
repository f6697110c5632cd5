import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiEnum } from './api-property.js';

export interface ServiceHealthV1 {
  service: string;
  database: 'up' | 'down';
  /** events its consumer gave up redelivering (kept in parked_events, retried every 10 minutes) */
  parkedEvents?: number;
}

/** GET /health: 200 with status up when everything answers, 503 with status down naming what does not. */
export class GatewayHealthV1 {
  @ApiEnum(['up', 'down']) status: 'up' | 'down';
  @ApiProperty({ type: [String], description: 'the parts that did not answer' }) down: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['up', 'down'] },
    description: 'postgres, nats and each service',
  })
  checks: Record<string, 'up' | 'down'>;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'services holding events their handlers failed on (only when any)',
  })
  parkedEvents?: Record<string, number>;
}
