import { Controller, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { BatchLiveV1 } from '@app/contracts';
import { Read } from '../http/endpoint.js';
import { Ctx, Roles } from '../identity/auth.guard.js';
import type { RequestContext } from '../rpc/service-client.js';
import { LiveSaleHub } from './live-sale.hub.js';
import { IdParam } from './params.js';

/** The farmer's live-sale view: the counters of an open batch as they move, beside a TikTok or Facebook live. */
@ApiTags('batches')
@ApiBearerAuth()
@Controller('batches')
export class LiveSaleController {
  constructor(private readonly hub: LiveSaleHub) {}

  @Read(':id/live-snapshot', {
    summary:
      'The live-sale counters of a batch now: reserved, remaining, waitlist, last reservations (its producer or an admin of its LAO)',
    type: BatchLiveV1,
  })
  @Roles('producer', 'lao_admin')
  snapshot(@IdParam() id: string, @Ctx() ctx: RequestContext) {
    return this.hub.snapshot(id, ctx.caller!, ctx.requestId);
  }

  @Read(':id/live', {
    summary:
      'Server-sent events: the live-sale snapshot (the shape of GET /batches/{id}/live-snapshot) now, then each time reservations move (at most 4 a second), and a comment every 20 s',
    returns: 'an event stream; each `data:` line is a live-sale snapshot',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @Roles('producer', 'lao_admin')
  @ApiProduces('text/event-stream')
  async stream(@IdParam() id: string, @Ctx() ctx: RequestContext, @Res() reply: FastifyReply) {
    const first = await this.hub.snapshot(id, ctx.caller!, ctx.requestId);
    reply.hijack();
    this.hub.attach(id, ctx.caller!, reply.raw, first);
  }
}
