import { IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { DiagnosticsEvents, ReportingSubjects } from '@app/contracts';
import { requireRole, rpcController } from '@app/messaging';
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

/** A public subject (the gateway's admin diagnostics): a dla_admin only; no caller is refused, never taken for an internal call. */
export const DiagnosticsController = rpcController(DataSource, (on) => [
  on(ReportingSubjects.getPing, GetPingQuery, async (ds, caller, data) => {
    requireRole(caller, 'dla_admin', 'Only a dla_admin may read diagnostics');
    return { pingId: data.pingId, appliedCount: await diagnosticsRepository.appliedCount(ds.manager, data.pingId) };
  }),
]);
