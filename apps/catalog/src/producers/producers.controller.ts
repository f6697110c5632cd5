import { Controller } from '@nestjs/common';
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
import type { RpcEnvelope } from '@app/contracts';
import { Rpc } from '@app/messaging';
import { MembershipService } from './membership.service.js';
import { ProducersService } from './producers.service.js';

@Controller()
export class ProducersController {
  constructor(
    private readonly producers: ProducersService,
    private readonly membership: MembershipService,
  ) {}

  @Rpc(CatalogSubjects.proposeMembership, ProposeMembershipCommand)
  propose({ caller, data }: RpcEnvelope<ProposeMembershipCommand>) {
    return this.membership.propose(caller, data);
  }

  @Rpc(CatalogSubjects.listMembershipProposals, ListMembershipProposalsQuery)
  listProposals({ caller, data }: RpcEnvelope<ListMembershipProposalsQuery>) {
    return this.membership.list(caller, data);
  }

  @Rpc(CatalogSubjects.approveMembership, DecideMembershipCommand)
  approve({ caller, data }: RpcEnvelope<DecideMembershipCommand>) {
    return this.membership.approve(caller, data);
  }

  @Rpc(CatalogSubjects.rejectMembership, DecideMembershipCommand)
  reject({ caller, data }: RpcEnvelope<DecideMembershipCommand>) {
    return this.membership.reject(caller, data);
  }

  @Rpc(CatalogSubjects.membershipHistory, ProducerMembershipQuery)
  history({ caller, data }: RpcEnvelope<ProducerMembershipQuery>) {
    return this.membership.history(caller, data);
  }

  @Rpc(CatalogSubjects.linkProducerLogin, LinkProducerLoginCommand)
  linkLogin({ caller, data }: RpcEnvelope<LinkProducerLoginCommand>) {
    return this.membership.linkLogin(caller, data);
  }

  @Rpc(CatalogSubjects.registerProducer, RegisterProducerCommand)
  register({ caller, data }: RpcEnvelope<RegisterProducerCommand>) {
    return this.producers.register(caller, data);
  }

  @Rpc(CatalogSubjects.updateProducer, UpdateProducerCommand)
  update({ caller, data }: RpcEnvelope<UpdateProducerCommand>) {
    return this.producers.update(caller, data);
  }

  @Rpc(CatalogSubjects.withdrawProducer, IdQuery)
  async withdraw({ caller, data }: RpcEnvelope<IdQuery>) {
    await this.producers.withdraw(caller, data.id);
    return { withdrawn: data.id };
  }

  @Rpc(CatalogSubjects.getProducer, IdQuery)
  get({ caller, data }: RpcEnvelope<IdQuery>) {
    return this.producers.get(caller, data.id);
  }

  @Rpc(CatalogSubjects.listProducers, ListProducersQuery)
  list({ caller, data }: RpcEnvelope<ListProducersQuery>) {
    return this.producers.list(caller, data);
  }
}
