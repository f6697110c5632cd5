import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { CatalogSubjects, PingCreatedV1, PingV1, ReportingSubjects } from '@app/contracts';
import { Create, Read } from '../http/endpoint.js';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

export class PingDto {
  @ApiProperty({ example: 'on-call check' })
  @IsString()
  @MaxLength(200)
  note: string;
}

/** For whoever is on call: is the event pipeline (outbox → JetStream → inbox) delivering exactly once? */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('dla_admin')
@Controller('admin/diagnostics/event-pings')
export class DiagnosticsController {
  constructor(private readonly services: ServiceClient) {}

  @Create(undefined, {
    summary: 'Raise a diagnostic event in the catalog; the reporting service records how often it applied it',
    type: PingCreatedV1,
  })
  ping(@Body() dto: PingDto, @Ctx() ctx: RequestContext) {
    return this.services.call<PingCreatedV1>(CatalogSubjects.recordPing, dto, ctx);
  }

  @Read(':pingId', {
    summary: 'How many times the reporting service applied a diagnostic event (1 = exactly once)',
    type: PingV1,
  })
  get(@Param('pingId', new ParseUUIDPipe()) pingId: string, @Ctx() ctx: RequestContext) {
    return this.services.call<PingV1>(ReportingSubjects.getPing, { pingId }, ctx);
  }
}
