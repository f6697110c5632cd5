import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { DiagnosticsEvents, ReportingSubjects } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { DomainError, EnvelopePipe, requireCaller } from '@app/messaging';
import type { EventHandlers } from '@app/messaging';

export const diagnosticsHandlers: EventHandlers<'diagnostics'> = {
  [DiagnosticsEvents.pingRecorded]: {
    1: async (event, em) => {
      await em.query(
        `INSERT INTO diagnostic_pings_applied (ping_id, note, applied_count) VALUES ($1, $2, 1)
         ON CONFLICT (ping_id) DO UPDATE SET applied_count = diagnostic_pings_applied.applied_count + 1`,
        [event.data.pingId, event.data.note],
      );
    },
  },
};

export class GetPingQuery {
  @IsUUID()
  pingId: string;
}

@Controller()
export class DiagnosticsController {
  constructor(private readonly ds: DataSource) {}

  /** A public subject (the gateway's admin diagnostics): a dla_admin only; no caller is refused, never taken for an internal call. */
  @MessagePattern(ReportingSubjects.getPing)
  async get(@Payload(new EnvelopePipe(GetPingQuery)) { caller, data }: RpcEnvelope<GetPingQuery>) {
    if (!requireCaller(caller).roles.includes('dla_admin')) throw DomainError.forbidden('Only a dla_admin may read diagnostics');
    const rows = await this.ds.query('SELECT applied_count FROM diagnostic_pings_applied WHERE ping_id = $1', [data.pingId]);
    return { pingId: data.pingId, appliedCount: rows[0]?.applied_count ?? 0 };
  }
}
