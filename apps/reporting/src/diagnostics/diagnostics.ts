import { Controller } from '@nestjs/common';
import { IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { DiagnosticsEvents, ReportingSubjects } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { DomainError, requireCaller, Rpc } from '@app/messaging';
import type { EventHandlers } from '@app/messaging';
import { diagnosticsRepository } from './diagnostics.repository.js';

export const diagnosticsHandlers: EventHandlers<'diagnostics'> = {
  [DiagnosticsEvents.pingRecorded]: {
    1: async (event, em) => {
      await diagnosticsRepository.countApplied(em, event.data.pingId, event.data.note);
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
  @Rpc(ReportingSubjects.getPing, GetPingQuery)
  async get({ caller, data }: RpcEnvelope<GetPingQuery>) {
    if (!requireCaller(caller).roles.includes('dla_admin'))
      throw DomainError.forbidden('Only a dla_admin may read diagnostics');
    return {
      pingId: data.pingId,
      appliedCount: await diagnosticsRepository.appliedCount(this.ds.manager, data.pingId),
    };
  }
}
