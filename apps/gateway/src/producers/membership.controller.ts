import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
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

  @Post('producers/:id/membership-proposals')
  @Roles('producer')
  @ApiOperation({
    summary:
      'The producer proposes a new kind and/or member count (with a note); a pending proposal it had is superseded',
    description: `${WHO_DECIDES} Nothing counts until approved.`,
  })
  @ApiCreatedResponse({ type: MembershipProposalV1 })
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

  @Get('producers/:id/membership-proposals')
  @ApiOperation({
    summary:
      'A producer’s proposals, newest first (the producer itself and administrators of its area); all statuses unless status is given',
  })
  @ApiOkResponse({ type: MembershipProposalPageV1 })
  listOfProducer(@Param('id') id: string, @Query() q: ListMembershipProposalsQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<MembershipProposalV1>>(
      CatalogSubjects.listMembershipProposals,
      { ...q, producerId: id },
      ctx,
    );
  }

  @Get('producers/:id/membership-history')
  @ApiOperation({
    summary: 'Every approved change of a producer’s kind and member count, with who and when, newest first',
  })
  @ApiOkResponse({ type: MembershipHistoryV1 })
  history(@Param('id') id: string, @Query() q: PageQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<MembershipChangeV1>>(
      CatalogSubjects.membershipHistory,
      { ...q, producerId: id },
      ctx,
    );
  }

  @Get('membership-proposals')
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  @ApiOperation({
    summary: 'Proposals of the caller’s area (default: pending), newest first; laoCode narrows to one LAO of it',
  })
  @ApiOkResponse({ type: MembershipProposalPageV1 })
  list(@Query() q: ListMembershipProposalsQuery, @Ctx() ctx: RequestContext) {
    const { producerId: _ignored, ...query } = q;
    return this.services.call<Page<MembershipProposalV1>>(CatalogSubjects.listMembershipProposals, query, ctx);
  }

  @Post('membership-proposals/:id/approve')
  @HttpCode(200)
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  @ApiOperation({
    summary:
      'Approve a pending proposal: the producer’s kind and member count change from now on (kept in its history)',
    description: WHO_DECIDES,
  })
  @ApiOkResponse({ type: MembershipProposalV1 })
  @ApiResponse({ status: 404, description: 'no such proposal in the caller’s area', type: ErrorBodyV1 })
  @ApiResponse({ status: 409, description: 'already decided or superseded (CONFLICT)', type: ErrorBodyV1 })
  approve(@Param('id') id: string, @Body() body: DecideMembershipFields, @Ctx() ctx: RequestContext) {
    return this.services.call<MembershipProposalV1>(CatalogSubjects.approveMembership, { ...body, id }, ctx);
  }

  @Post('membership-proposals/:id/reject')
  @HttpCode(200)
  @Roles('lao_admin', 'province_admin', 'dla_admin')
  @ApiOperation({
    summary: 'Reject a pending proposal with a reason (the producer sees it); nothing changes',
    description: WHO_DECIDES,
  })
  @ApiOkResponse({ type: MembershipProposalV1 })
  @ApiResponse({
    status: 400,
    description: 'reason missing or blank (VALIDATION_FAILED, field reason)',
    type: ErrorBodyV1,
  })
  reject(@Param('id') id: string, @Body() body: DecideMembershipFields, @Ctx() ctx: RequestContext) {
    return this.services.call<MembershipProposalV1>(CatalogSubjects.rejectMembership, { ...body, id }, ctx);
  }
}
