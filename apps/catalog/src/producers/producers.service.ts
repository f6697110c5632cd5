import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogEvents } from '@app/contracts';
import type {
  Caller,
  ListProducersQuery,
  Page,
  ProducerV1,
  RegisterProducerCommand,
  UpdateProducerCommand,
} from '@app/contracts';
import { addToOutbox, DomainError, requireCaller } from '@app/messaging';
import {
  administersArea,
  assertAdministersArea,
  assertMayManageProducer,
  mayManageProducer,
} from '../access/catalog-access.policy.js';
import { placeOfLao } from '../geography/place.js';
import { recordMembership, stateEvent } from './producer-events.js';
import { assertMayDeclareMembership, memberCountFor, publishedContacts } from './producer.policy.js';
import { ProducerRow, producersRepository as repo } from './producers.repository.js';

function toView(p: ProducerRow, full: boolean): ProducerV1 {
  const v: ProducerV1 = {
    id: p.id,
    kind: p.kind,
    name: p.name,
    laoCode: p.laoCode,
    districtCode: p.districtCode,
    provinceCode: p.provinceCode,
    memberCount: p.memberCount,
    publishContacts: p.publishContacts,
    contacts: full ? p.contacts : publishedContacts(p.contacts, p.publishContacts),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
  if (full) v.promptPayId = p.promptPayId;
  return v;
}

@Injectable()
export class ProducersService {
  constructor(private readonly ds: DataSource) {}

  /** An administrator of the LAO's area onboards a producer; the event feeds the beneficiary count. */
  async register(callerOrNull: Caller | null, cmd: RegisterProducerCommand): Promise<ProducerV1> {
    const caller = requireCaller(callerOrNull);
    return this.ds.transaction(async (em) => {
      const place = await placeOfLao(em, cmd.laoCode);
      assertAdministersArea(caller, place);
      const id = cmd.id ?? randomUUID();
      const inserted = await repo.insert(em, {
        id,
        kind: cmd.kind,
        name: cmd.name,
        laoCode: cmd.laoCode,
        memberCount: memberCountFor(cmd.kind, cmd.memberCount),
        contacts: { ...cmd.contacts },
        publishContacts: cmd.publishContacts,
        promptPayId: cmd.promptPayId,
        createdBy: caller.userId,
      });
      if (!inserted) {
        // the same caller sending the same id again is a retry (the gateway derives ids from Idempotency-Key)
        const existing = (await repo.find(em, id))!;
        if (existing.createdBy === caller.userId) return toView(existing, true);
        throw new DomainError('DUPLICATE', `Producer ${id} already exists`, [
          { field: 'id', message: 'already exists' },
        ]);
      }
      const saved = (await repo.find(em, id))!;
      await addToOutbox(em, stateEvent(CatalogEvents.producerRegistered, saved));
      // registered by an administrator of its area: its kind and members are approved as of now
      await recordMembership(em, saved, null, { source: 'registration', by: caller.userId, at: saved.createdAt });
      return toView(saved, true);
    });
  }

  /**
   * Undoes a registration whose other half failed (the gateway could not create the producer's login).
   * The registered event is already out, so the producer is deleted and catalog.producer.withdrawn raised
   * in the same transaction: a consumer counting producers counts it out again. Only whoever registered
   * it may, and only while nothing refers to it (after that it is a real producer, not a failed onboarding).
   */
  async withdraw(callerOrNull: Caller | null, id: string): Promise<void> {
    const caller = requireCaller(callerOrNull);
    await this.ds.transaction(async (em) => {
      const p = await this.load(em, id, true);
      if (p.createdBy !== caller.userId)
        throw DomainError.forbidden('Only whoever registered a producer may withdraw its registration');
      if (await repo.inUse(em, id))
        throw new DomainError(
          'CONFLICT',
          `Producer ${id} has products or content links; it can no longer be withdrawn`,
        );
      await repo.remove(em, id);
      await addToOutbox(em, stateEvent(CatalogEvents.producerWithdrawn, p));
    });
  }

  /**
   * The producer itself or an administrator of its area; moving it to another LAO needs that area too.
   * Kind and member count weigh the beneficiaries: only an administrator of its area changes them (the
   * producer proposes a change instead, membership.service.ts), and each change is kept in the history.
   */
  async update(callerOrNull: Caller | null, cmd: UpdateProducerCommand): Promise<ProducerV1> {
    const caller = requireCaller(callerOrNull);
    return this.ds.transaction(async (em) => {
      const current = await this.load(em, cmd.id, true);
      assertMayManageProducer(caller, current);
      assertMayDeclareMembership(administersArea(caller, current), current, cmd);
      if (cmd.laoCode && cmd.laoCode !== current.laoCode)
        assertAdministersArea(caller, await placeOfLao(em, cmd.laoCode));
      const kind = cmd.kind ?? current.kind;
      const memberCount = memberCountFor(
        kind,
        cmd.memberCount ?? (kind === 'community_enterprise' ? current.memberCount : undefined),
      );
      await repo.update(em, {
        id: current.id,
        kind,
        name: cmd.name ?? current.name,
        laoCode: cmd.laoCode ?? current.laoCode,
        memberCount,
        contacts: cmd.contacts ? { ...cmd.contacts } : current.contacts,
        publishContacts: cmd.publishContacts ?? current.publishContacts,
        promptPayId: cmd.promptPayId ?? current.promptPayId,
      });
      const saved = (await repo.find(em, current.id))!;
      await addToOutbox(em, stateEvent(CatalogEvents.producerUpdated, saved));
      if (saved.kind !== current.kind || saved.memberCount !== current.memberCount) {
        await recordMembership(em, saved, current, { source: 'admin', by: caller.userId, at: saved.updatedAt });
      }
      return toView(saved, true);
    });
  }

  async get(caller: Caller | null, id: string): Promise<ProducerV1> {
    const p = await this.load(this.ds.manager, id);
    return toView(p, !!caller && mayManageProducer(caller, p));
  }

  async list(caller: Caller | null, q: ListProducersQuery): Promise<Page<ProducerV1>> {
    if (q.laoCode) await placeOfLao(this.ds.manager, q.laoCode);
    const { rows, total } = await repo.list(this.ds.manager, q.laoCode, q.page ?? 1, q.pageSize ?? 20);
    return { items: rows.map((p) => toView(p, !!caller && mayManageProducer(caller, p))), total };
  }

  async load(em: EntityManager, id: string, lock = false, field = 'id'): Promise<ProducerRow> {
    const p = await repo.find(em, id, lock);
    if (!p) throw DomainError.notFound('Producer', id, field);
    return p;
  }
}
