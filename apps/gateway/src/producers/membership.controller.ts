import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  CatalogSubjects,
  DecideMembershipFields,
  ListMembershipProposalsQuery,
  PageQuery,
  ProposeMembershipFields,
  ErrorBodyV1,
} from '@app/contracts';
import { MembershipHistoryV1, MembershipProposalPageV1, MembershipProposalV1 } from '@app/contracts';
import type { MembershipChangeV1, Page } from '@app/contracts';
import { Act, Create, Read } from '../http/endpoint.js';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

const WHO_DECIDES =
  'An administrator of the producer’s area decides: lao_admin of its LAO, province_admin of its province, dla_admin.';

/**
 * Kind and member count weigh the beneficiaries figure: the producer proposes a change, an administrator
 * of its area approves or rejects it, and every approved change is kept (the report weighs a sale with the
 * membership approved when it completed).
 */
@ApiTags('producers')
@ApiBearerAuth()
@Controller()
export class MembershipController {
  constructor(private readonly services: ServiceClient) {}

  @Create('producers/:id/membership-proposals', {
    summary:
      'The producer proposes a new kind and/or member count (with a note); a pending proposal it had is superseded',
    description: `${WHO_DECIDES} Nothing counts until approved.`,
    type: MembershipProposalV1,
  })
  @Roles('producer')
  @ApiResponse({
    status: 400,
    description:
      'kind/memberCount invalid, neither given, or what is approved already (VALIDATION_FAILED naming the field)',
    type: ErrorBodyV1,
  })
  @ApiResponse({ status: 403, description: 'not this producer’s login', type: ErrorBodyV1 })
  propose(@Param('id') id: string, @Body() body: ProposeMembershipFields, @Ctx() ctx: RequestContext) {
    return this.services.call<MembershipProposalV1>(
      CatalogSubjects.proposeMembership,
      { ...body, producerId: id },
      ctx,
    );
  }

  @Read('producers/:id/membership-proposals', {
    summary:
      'A producer’s proposals, newest first (the producer itself and administrators of its area); all statuses unless status is given',
    type: MembershipProposalPageV1,
  })
  listOfProducer(@Param('id') id: string, @Query() q: ListMembershipProposalsQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<MembershipProposalV1>>(
      CatalogSubjects.listMembershipProposals,
      { ...q, producerId: id },
      ctx,
    );
  }

  @Read('producers/:id/membership-history', {
    summary: 'Every approved change of a producer’s kind and member count, with who and when, newest first',
    type: MembershipHistoryV1,
  })
  history(@Param('id') id: string, @Query() q: PageQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<MembershipChangeV1>>(
      CatalogSubjects.membershipHistory,
      { ...q, producerId: id },
      ctx,
    );
  }

  @Read('membership-proposals', {
    summary: 'Proposals of the caller’s area (default: pending), newest first; laoCode narrows to one LAO of it',
    type: MembershipProposalPageV1,
  })
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  list(@Query() q: ListMembershipProposalsQuery, @Ctx() ctx: RequestContext) {
    const { producerId: _ignored, ...query } = q;
    return this.services.call<Page<MembershipProposalV1>>(CatalogSubjects.listMembershipProposals, query, ctx);
  }

  @Act('membership-proposals/:id/approve', {
    summary:
      'Approve a pending proposal: the producer’s kind and member count change from now on (kept in its history)',
    description: WHO_DECIDES,
    type: MembershipProposalV1,
  })
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  @ApiResponse({ status: 404, description: 'no such proposal in the caller’s area', type: ErrorBodyV1 })
  @ApiResponse({ status: 409, description: 'already decided or superseded (CONFLICT)', type: ErrorBodyV1 })
  approve(@Param('id') id: string, @Body() body: DecideMembershipFields, @Ctx() ctx: RequestContext) {
    return this.services.call<MembershipProposalV1>(CatalogSubjects.approveMembership, { ...body, id }, ctx);
  }

  @Act('membership-proposals/:id/reject', {
    summary: 'Reject a pending proposal with a reason (the producer sees it); nothing changes',
    description: WHO_DECIDES,
    type: MembershipProposalV1,
  })
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  @ApiResponse({
    status: 400,
    description: 'reason missing or blank (VALIDATION_FAILED, field reason)',
    type: ErrorBodyV1,
  })
  reject(@Param('id') id: string, @Body() body: DecideMembershipFields, @Ctx() ctx: RequestContext) {
    return this.services.call<MembershipProposalV1>(CatalogSubjects.rejectMembership, { ...body, id }, ctx);
  }
}
