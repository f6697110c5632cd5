import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogEvents } from '@app/contracts';
import type {
  Caller,
  DecideMembershipCommand,
  LinkProducerLoginCommand,
  ListMembershipProposalsQuery,
  MembershipChangeV1,
  MembershipProposalV1,
  Page,
  ProducerMembershipQuery,
  ProposeMembershipCommand,
} from '@app/contracts';
import { addToOutbox, DomainError, requireCaller } from '@app/messaging';
import {
  actsForProducer,
  administersArea,
  assertAdministersArea,
  assertMayManageProducer,
} from '../access/catalog-access.policy.js';
import { placeOfLao } from '../geography/place.js';
import { membershipRepository as repo } from './membership.repository.js';
import { normalizedPhone, recordMembership, stateEvent } from './producer-events.js';
import { memberCountFor } from './producer.policy.js';
import { ProducersService } from './producers.service.js';
import { producersRepository } from './producers.repository.js';

/**
 * Kind and member count: the producer proposes, an administrator of its area (its LAO's lao_admin, its
 * province's province_admin, a dla_admin — the catalog's access rules) approves or rejects with a reason.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly ds: DataSource,
    private readonly producers: ProducersService,
  ) {}

  async propose(callerOrNull: Caller | null, cmd: ProposeMembershipCommand): Promise<MembershipProposalV1> {
    const caller = requireCaller(callerOrNull);
    if (cmd.kind === undefined && cmd.memberCount === undefined) {
      throw new DomainError('VALIDATION_FAILED', 'Propose a kind or a memberCount (or both)', [
        { field: 'memberCount', message: 'propose a kind or a memberCount' },
      ]);
    }
    return this.ds.transaction(async (em) => {
      const p = await this.producers.load(em, cmd.producerId, true, 'producerId');
      // the producer itself proposes; an administrator who could decide corrects it directly (PATCH)
      if (!actsForProducer(caller, p.id)) {
        assertMayManageProducer(caller, p);
        throw DomainError.forbidden(
          'Only the producer proposes a change; an administrator of its area changes it directly (PATCH /api/v1/producers/:id)',
        );
      }
      const kind = cmd.kind ?? p.kind;
      const memberCount = memberCountFor(
        kind,
        cmd.memberCount ?? (kind === 'community_enterprise' ? p.memberCount : undefined),
      );
      if (kind === p.kind && memberCount === p.memberCount) {
        throw DomainError.validation(
          cmd.memberCount !== undefined ? 'memberCount' : 'kind',
          'is what is approved now; nothing to propose',
        );
      }
      await repo.supersedePending(em, p.id, caller.userId);
      const id = randomUUID();
      await repo.insertProposal(em, {
        id,
        producerId: p.id,
        kind,
        memberCount,
        currentKind: p.kind,
        currentMemberCount: p.memberCount,
        note: cmd.note || null,
        proposedBy: caller.userId,
      });
      return (await repo.findProposal(em, id))!;
    });
  }

  /** A producer: its own proposals; an administrator: those of its area (one LAO of it with laoCode). */
  async list(callerOrNull: Caller | null, q: ListMembershipProposalsQuery): Promise<Page<MembershipProposalV1>> {
    const caller = requireCaller(callerOrNull);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const em = this.ds.manager;
    if (q.producerId) {
      const p = await this.producers.load(em, q.producerId);
      assertMayManageProducer(caller, p);
      return repo.listProposals(em, { producerId: p.id, status: q.status }, page, pageSize);
    }
    if (q.laoCode) {
      assertAdministersArea(caller, await placeOfLao(em, q.laoCode));
      return repo.listProposals(em, { laoCode: q.laoCode, status: q.status ?? 'pending' }, page, pageSize);
    }
    if (caller.roles.includes('dla_admin'))
      return repo.listProposals(em, { status: q.status ?? 'pending' }, page, pageSize);
    if (caller.roles.includes('province_admin') && caller.provinceCode)
      return repo.listProposals(
        em,
        { provinceCode: caller.provinceCode, status: q.status ?? 'pending' },
        page,
        pageSize,
      );
    if (caller.roles.includes('lao_admin') && caller.laoCode)
      return repo.listProposals(em, { laoCode: caller.laoCode, status: q.status ?? 'pending' }, page, pageSize);
    throw DomainError.forbidden(
      'Only an administrator lists the proposals of an area; a producer lists its own (GET /api/v1/producers/:id/membership-proposals)',
    );
  }

  async approve(caller: Caller | null, cmd: DecideMembershipCommand): Promise<MembershipProposalV1> {
    return this.decide(caller, cmd, 'approved');
  }

  async reject(caller: Caller | null, cmd: DecideMembershipCommand): Promise<MembershipProposalV1> {
    if (!cmd.reason) throw DomainError.validation('reason', 'say why the proposal is rejected (the producer sees it)');
    return this.decide(caller, cmd, 'rejected');
  }

  private async decide(
    callerOrNull: Caller | null,
    cmd: DecideMembershipCommand,
    status: 'approved' | 'rejected',
  ): Promise<MembershipProposalV1> {
    const caller = requireCaller(callerOrNull);
    return this.ds.transaction(async (em) => {
      const found = await repo.findProposal(em, cmd.id);
      if (!found) throw DomainError.notFound('Membership proposal', cmd.id, 'id');
      // the producer first, then the proposal: the same order as propose (no deadlock)
      const p = await this.producers.load(em, found.producerId, true);
      // a caller who may not see the producer learns nothing of the proposal
      if (!administersArea(caller, p)) {
        if (actsForProducer(caller, p.id))
          throw DomainError.forbidden('A producer does not decide its own proposal; an administrator of its LAO does');
        throw DomainError.notFound('Membership proposal', cmd.id, 'id');
      }
      const proposal = (await repo.findProposal(em, cmd.id, true))!;
      if (proposal.status !== 'pending')
        throw new DomainError('CONFLICT', `The proposal is already ${proposal.status}`, [
          { field: 'id', message: `already ${proposal.status}` },
        ]);
      const at = new Date();
      await repo.decide(em, proposal.id, status, caller.userId, cmd.reason ?? null, at);
      if (status === 'approved' && (proposal.kind !== p.kind || proposal.memberCount !== p.memberCount)) {
        await repo.setMembership(em, p.id, proposal.kind, proposal.memberCount);
        const saved = (await producersRepository.find(em, p.id))!;
        await addToOutbox(em, stateEvent(CatalogEvents.producerUpdated, saved));
        await recordMembership(em, saved, p, {
          source: 'proposal',
          proposalId: proposal.id,
          reason: cmd.reason ?? null,
          by: caller.userId,
          at,
        });
      }
      return (await repo.findProposal(em, proposal.id))!;
    });
  }

  /** Every approved change, newest first: the producer itself and administrators of its area. */
  async history(callerOrNull: Caller | null, q: ProducerMembershipQuery): Promise<Page<MembershipChangeV1>> {
    const caller = requireCaller(callerOrNull);
    const p = await this.producers.load(this.ds.manager, q.producerId);
    assertMayManageProducer(caller, p);
    return repo.history(this.ds.manager, p.id, q.page ?? 1, q.pageSize ?? 20);
  }

  /** The gateway made or bound the producer's login; the next producer event carries it (the report flags sales to it). */
  async linkLogin(callerOrNull: Caller | null, cmd: LinkProducerLoginCommand): Promise<{ linked: string }> {
    const caller = requireCaller(callerOrNull);
    await this.ds.transaction(async (em) => {
      const p = await this.producers.load(em, cmd.producerId, true, 'producerId');
      assertAdministersArea(caller, p);
      if (p.loginUserId === cmd.userId && p.loginPhone === normalizedPhone(cmd.phone)) return;
      await repo.linkLogin(em, p.id, cmd.userId, normalizedPhone(cmd.phone));
      await addToOutbox(em, stateEvent(CatalogEvents.producerUpdated, (await producersRepository.find(em, p.id))!));
    });
    return { linked: cmd.producerId };
  }
}
