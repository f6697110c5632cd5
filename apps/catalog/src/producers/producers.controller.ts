import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
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
import { EnvelopePipe } from '@app/messaging';
import { MembershipService } from './membership.service.js';
import { ProducersService } from './producers.service.js';

@Controller()
export class ProducersController {
  constructor(
    private readonly producers: ProducersService,
    private readonly membership: MembershipService,
  ) {}

  @MessagePattern(CatalogSubjects.proposeMembership)
  propose(
    @Payload(new EnvelopePipe(ProposeMembershipCommand)) { caller, data }: RpcEnvelope<ProposeMembershipCommand>,
  ) {
    return this.membership.propose(caller, data);
  }

  @MessagePattern(CatalogSubjects.listMembershipProposals)
  listProposals(
    @Payload(new EnvelopePipe(ListMembershipProposalsQuery))
    { caller, data }: RpcEnvelope<ListMembershipProposalsQuery>,
  ) {
    return this.membership.list(caller, data);
  }

  @MessagePattern(CatalogSubjects.approveMembership)
  approve(@Payload(new EnvelopePipe(DecideMembershipCommand)) { caller, data }: RpcEnvelope<DecideMembershipCommand>) {
    return this.membership.approve(caller, data);
  }

  @MessagePattern(CatalogSubjects.rejectMembership)
  reject(@Payload(new EnvelopePipe(DecideMembershipCommand)) { caller, data }: RpcEnvelope<DecideMembershipCommand>) {
    return this.membership.reject(caller, data);
  }

  @MessagePattern(CatalogSubjects.membershipHistory)
  history(@Payload(new EnvelopePipe(ProducerMembershipQuery)) { caller, data }: RpcEnvelope<ProducerMembershipQuery>) {
    return this.membership.history(caller, data);
  }

  @MessagePattern(CatalogSubjects.linkProducerLogin)
  linkLogin(
    @Payload(new EnvelopePipe(LinkProducerLoginCommand)) { caller, data }: RpcEnvelope<LinkProducerLoginCommand>,
  ) {
    return this.membership.linkLogin(caller, data);
  }

  @MessagePattern(CatalogSubjects.registerProducer)
  register(@Payload(new EnvelopePipe(RegisterProducerCommand)) { caller, data }: RpcEnvelope<RegisterProducerCommand>) {
    return this.producers.register(caller, data);
  }

  @MessagePattern(CatalogSubjects.updateProducer)
  update(@Payload(new EnvelopePipe(UpdateProducerCommand)) { caller, data }: RpcEnvelope<UpdateProducerCommand>) {
    return this.producers.update(caller, data);
  }

  @MessagePattern(CatalogSubjects.withdrawProducer)
  async withdraw(@Payload(new EnvelopePipe(IdQuery)) { caller, data }: RpcEnvelope<IdQuery>) {
    await this.producers.withdraw(caller, data.id);
    return { withdrawn: data.id };
  }

  @MessagePattern(CatalogSubjects.getProducer)
  get(@Payload(new EnvelopePipe(IdQuery)) { caller, data }: RpcEnvelope<IdQuery>) {
    return this.producers.get(caller, data.id);
  }

  @MessagePattern(CatalogSubjects.listProducers)
  list(@Payload(new EnvelopePipe(ListProducersQuery)) { caller, data }: RpcEnvelope<ListProducersQuery>) {
    return this.producers.list(caller, data);
  }
}
