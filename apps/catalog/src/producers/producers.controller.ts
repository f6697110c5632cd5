import {
  CatalogSubjects,
  DecideMembershipCommand,
  IdQuery,
  LinkProducerLoginCommand,
  ListMembershipProposalsQuery,
  ListProducersQuery,
  ProducerMembershipQuery,
  ProposeMembershipCommand,
  RegisterProducerCommand,
  UpdateProducerCommand,
} from '@app/contracts';
import { rpcController } from '@app/messaging';
import { MembershipService } from './membership.service.js';
import { ProducersService } from './producers.service.js';

export const MembershipController = rpcController(MembershipService, (on) => [
  on(CatalogSubjects.proposeMembership, ProposeMembershipCommand, (membership, caller, data) =>
    membership.propose(caller, data),
  ),
  on(CatalogSubjects.listMembershipProposals, ListMembershipProposalsQuery, (membership, caller, data) =>
    membership.list(caller, data),
  ),
  on(CatalogSubjects.approveMembership, DecideMembershipCommand, (membership, caller, data) =>
    membership.approve(caller, data),
  ),
  on(CatalogSubjects.rejectMembership, DecideMembershipCommand, (membership, caller, data) =>
    membership.reject(caller, data),
  ),
  on(CatalogSubjects.membershipHistory, ProducerMembershipQuery, (membership, caller, data) =>
    membership.history(caller, data),
  ),
  on(CatalogSubjects.linkProducerLogin, LinkProducerLoginCommand, (membership, caller, data) =>
    membership.linkLogin(caller, data),
  ),
]);

export const ProducersController = rpcController(ProducersService, (on) => [
  on(CatalogSubjects.registerProducer, RegisterProducerCommand, (producers, caller, data) =>
    producers.register(caller, data),
  ),
  on(CatalogSubjects.updateProducer, UpdateProducerCommand, (producers, caller, data) =>
    producers.update(caller, data),
  ),
  on(CatalogSubjects.withdrawProducer, IdQuery, async (producers, caller, data) => {
    await producers.withdraw(caller, data.id);
    return { withdrawn: data.id };
  }),
  on(CatalogSubjects.getProducer, IdQuery, (producers, caller, data) => producers.get(caller, data.id)),
  on(CatalogSubjects.listProducers, ListProducersQuery, (producers, caller, data) => producers.list(caller, data)),
]);
