import { Controller } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { CatalogSubjects, DiagnosticsEvents } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { addToOutbox, DomainError, newEvent, requireCaller, Rpc } from '@app/messaging';
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
@Controller()
export class DiagnosticsController {
  constructor(private readonly ds: DataSource) {}

  @Rpc(CatalogSubjects.recordPing, RecordPingCommand)
  async recordPing({ caller, data }: RpcEnvelope<RecordPingCommand>) {
    if (!requireCaller(caller).roles.includes('dla_admin'))
      throw DomainError.forbidden('Only a dla_admin may run diagnostics');
    const event = newEvent(DiagnosticsEvents.pingRecorded, 1, { pingId: '', note: data.note });
    event.data.pingId = event.id;
    await this.ds.transaction(async (em) => {
      await diagnosticsRepository.insertPing(em, event.id, data.note);
      await addToOutbox(em, event);
    });
    return { pingId: event.id };
  }
}
