import { Body, Controller, Headers, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CatalogSubjects, ListProducersQuery, UpdateProducerFields, ErrorBodyV1 } from '@app/contracts';
import { LinkedAccountV1, ProducerPageV1, ProducerV1, RegisteredProducerV1 } from '@app/contracts';
import type { Page } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { Act, Change, Create, Read } from '../http/endpoint.js';
import { Ctx, Public, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import { ProducerOnboardingService } from './producer-onboarding.service.js';
import { CreatesByKey } from '../http/idempotency-key.js';
import { LinkProducerAccountBody, RegisterProducerBody } from './producers.dto.js';

@ApiTags('producers')
@Controller('producers')
export class ProducersController {
  constructor(
    private readonly onboarding: ProducerOnboardingService,
    private readonly services: ServiceClient,
  ) {}

  @Create(undefined, {
    summary:
      'Onboard a producer (lao_admin: its own LAO; province_admin: its province; dla_admin: any), optionally with a login',
    returns: 'The producer, with userId when a login was made (a retry with the same key: the same one)',
    type: RegisteredProducerV1,
  })
  @ApiBearerAuth()
  @Roles('dla_admin', 'province_admin', 'lao_admin')
  @CreatesByKey(
    'any unique string (e.g. a UUID) chosen per onboarding: a retry with the same key answers the same producer (and login) instead of a second one',
  )
  register(
    @Body() body: RegisterProducerBody,
    @Ctx() ctx: RequestContext,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.onboarding.register(body, ctx, idempotencyKey);
  }

  @Act(':id/account-link', {
    summary:
      "Make the existing login of the onboarded phone the producer's, with the code the farmer received (onboarding answered accountLink: code_sent)",
    description:
      'A wrong, expired or spent code: 400 CODE_INCORRECT / CODE_EXPIRED / CODE_LOCKED (5 tries). The login keeps its password; its older tokens are revoked.',
    type: LinkedAccountV1,
  })
  @ApiBearerAuth()
  @Roles('dla_admin', 'province_admin', 'lao_admin')
  linkAccount(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation('id', 'must be a UUID') }))
    id: string,
    @Body() body: LinkProducerAccountBody,
    @Ctx() ctx: RequestContext,
  ) {
    return this.onboarding.linkAccount(id, body, ctx);
  }

  @Change(':id', {
    summary: 'Correct a producer (the producer itself or an administrator of its area)',
    description:
      'kind and memberCount weigh the beneficiaries: only an administrator of its area changes them (kept in GET /producers/:id/membership-history). The producer’s own login sending a different kind or memberCount gets 403 FORBIDDEN naming the field, and nothing is written; it proposes the change instead (POST /producers/:id/membership-proposals).',
    type: ProducerV1,
  })
  @ApiBearerAuth()
  @ApiResponse({
    status: 403,
    description:
      'not allowed to manage this producer, or a producer changing its own kind/memberCount (FORBIDDEN, fields kind/memberCount)',
    type: ErrorBodyV1,
  })
  update(@Param('id') id: string, @Body() body: UpdateProducerFields, @Ctx() ctx: RequestContext) {
    return this.services.call<ProducerV1>(CatalogSubjects.updateProducer, { ...body, id }, ctx);
  }

  @Public()
  @Read(undefined, {
    summary: 'Producers, by LAO (contacts only when the producer consented to publish them)',
    type: ProducerPageV1,
  })
  list(@Query() query: ListProducersQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<Page<ProducerV1>>(CatalogSubjects.listProducers, query, ctx);
  }

  @Public()
  @Read(':id', { summary: 'One producer', type: ProducerV1 })
  get(@Param('id') id: string, @Ctx() ctx: RequestContext) {
    return this.services.call<ProducerV1>(CatalogSubjects.getProducer, { id }, ctx);
  }
}
