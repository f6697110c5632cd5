import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { CatalogSubjects, DiagnosticsEvents } from '@app/contracts';
import { addToOutbox, newEvent, requireRole, rpcController } from '@app/messaging';
import { diagnosticsRepository } from './diagnostics.repository.js';

export class RecordPingCommand {
  @IsString()
  @MaxLength(200)
  note: string;
}

/**
 * The event pipeline's self-test for whoever is on call: a ping row and its event are committed together
 * and the reporting service counts how often it applied it (must be exactly once).
 */
export const DiagnosticsController = rpcController(DataSource, (on) => [
  on(CatalogSubjects.recordPing, RecordPingCommand, async (ds, caller, data) => {
    requireRole(caller, 'dla_admin', 'Only a dla_admin may run diagnostics');
    const event = newEvent(DiagnosticsEvents.pingRecorded, 1, { pingId: '', note: data.note });
    event.data.pingId = event.id;
    await ds.transaction(async (em) => {
      await diagnosticsRepository.insertPing(em, event.id, data.note);
      await addToOutbox(em, event);
    });
    return { pingId: event.id };
  }),
]);
