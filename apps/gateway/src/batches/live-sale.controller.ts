import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { BatchLiveV1 } from '@app/contracts';
import { Ctx, Roles } from '../identity/auth.guard.js';
import type { RequestContext } from '../rpc/service-client.js';
import { LiveSaleHub } from './live-sale.hub.js';
import { UuidParam } from './params.js';

/** The farmer's live-sale view: the counters of an open batch as they move, beside a TikTok or Facebook live. */
@ApiTags('batches')
@ApiBearerAuth()
@Controller('batches')
export class LiveSaleController {
  constructor(private readonly hub: LiveSaleHub) {}

  @Get(':id/live-snapshot')
  @Roles('producer', 'lao_admin')
  @ApiOperation({
    summary:
      'The live-sale counters of a batch now: reserved, remaining, waitlist, last reservations (its producer or an admin of its LAO)',
  })
  @ApiOkResponse({ type: BatchLiveV1 })
  snapshot(@Param('id', new UuidParam('id')) id: string, @Ctx() ctx: RequestContext) {
    return this.hub.snapshot(id, ctx.caller!, ctx.requestId);
  }

  @Get(':id/live')
  @Roles('producer', 'lao_admin')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary:
      'Server-sent events: the live-sale snapshot (the shape of GET /batches/{id}/live-snapshot) now, then each time reservations move (at most 4 a second), and a comment every 20 s',
  })
  @ApiOkResponse({
    description: 'an event stream; each `data:` line is a live-sale snapshot',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async stream(@Param('id', new UuidParam('id')) id: string, @Ctx() ctx: RequestContext, @Res() reply: FastifyReply) {
    const first = await this.hub.snapshot(id, ctx.caller!, ctx.requestId);
    reply.hijack();
    this.hub.attach(id, ctx.caller!, reply.raw, first);
  }
}
