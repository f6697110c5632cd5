import { Body, Controller, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  OrderSubjects,
  RejectSlipBody,
  SLIP_REJECT_REASON_MAX,
  SLIP_STORED_CONTENT_TYPES,
  SLIP_UPLOAD_MAX_BYTES,
  ErrorBodyV1,
} from '@app/contracts';
import { OrderViewV1 } from '@app/contracts';
import type { PaymentSlipImageV1 } from '@app/contracts';
import { Act, Create, Read } from '../http/endpoint.js';
import { storedImage } from '../http/file-answer.js';
import { OrderParams, SlipParams } from '../http/path-params.js';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import { ImageBody, imageBytes, ImageUpload, SLIP_UPLOAD_ROUTE } from './slip-body.js';
import { prepareSlip, SLIP_MAX_INPUT_PIXELS } from './slip-image.js';

const MB = SLIP_UPLOAD_MAX_BYTES / 1024 / 1024;

/**
 * The consumer's bank slip (แจ้งชำระเงิน). The gateway only carries and normalises the image (type by
 * content, QR read, upright WebP without metadata); the order service decides who may send it, for which
 * order, and whether the slip was already used.
 */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('orders')
export class SlipsController {
  constructor(private readonly services: ServiceClient) {}

  @Create(':id/slips', {
    summary: "Upload the bank slip of a payment (the order's consumer only; someone else's order → 404)",
    description:
      `The body is the image itself (JPEG, PNG or WebP, checked by content; at most ${MB} MB and ${SLIP_MAX_INPUT_PIXELS / 1e6} megapixels). ` +
      "The slip's verification QR (mini QR) gives the sending bank and the transaction reference. Only an order with money due " +
      '(awaiting_deposit, awaiting_balance) takes a slip. The same slip again on the same order answers the slip already there. ' +
      'Errors (all with `fields: [{field: "slip"}]` except 409 ILLEGAL_TRANSITION): 400 VALIDATION_FAILED (not an image, too many pixels), ' +
      '400 SLIP_UNREADABLE (no readable slip QR), 409 DUPLICATE (the slip was submitted for another order), 413 PAYLOAD_TOO_LARGE.',
    returns: 'The order with its slips; paymentUnderReview is true',
    type: OrderViewV1,
  })
  @Roles('consumer')
  @ImageUpload(SLIP_UPLOAD_ROUTE, 'the slip image bytes')
  async submit(@Param() p: OrderParams, @ImageBody() body: unknown, @Ctx() ctx: RequestContext): Promise<OrderViewV1> {
    const image = imageBytes(SLIP_UPLOAD_ROUTE, body);
    // who may send it is settled before the image is decoded (staff: 403 by role; another consumer's or an
    // unknown order: 404), so decoding — the costly part — is spent only on the order's own consumer
    await this.services.call<OrderViewV1>(OrderSubjects.get, { orderId: p.id }, ctx);
    const slip = await prepareSlip(image);
    return this.services.call<OrderViewV1>(OrderSubjects.submitSlip, { orderId: p.id, ...slip }, ctx);
  }

  @Act(':id/slips/:slipId/reject', {
    summary: "ไม่ตรงยอด: reject a pending slip with a reason the consumer reads (the order's producer or its LAO admin)",
    description:
      `The reason is required, 1–${SLIP_REJECT_REASON_MAX} characters after trimming (else 400 VALIDATION_FAILED naming \`reason\`). ` +
      'The slip becomes rejected with its reason and the order leaves review (paymentUnderReview false): the consumer can send a corrected slip. ' +
      "A slip already confirmed or rejected → 409 ILLEGAL_TRANSITION; another producer or LAO → 403; a consumer → 403 on their own order, 404 on anyone else's; an unknown slip → 404.",
    returns: 'The order with the slip rejected',
    type: OrderViewV1,
  })
  @ApiResponse({
    status: 400,
    description: 'reason missing, blank or too long (VALIDATION_FAILED, field reason)',
    type: ErrorBodyV1,
  })
  @ApiResponse({ status: 409, description: 'the slip was already decided (ILLEGAL_TRANSITION)', type: ErrorBodyV1 })
  reject(@Param() p: SlipParams, @Body() body: RejectSlipBody, @Ctx() ctx: RequestContext): Promise<OrderViewV1> {
    return this.services.call<OrderViewV1>(
      OrderSubjects.rejectSlip,
      { orderId: p.id, slipId: p.slipId, reason: body.reason },
      ctx,
    );
  }

  @Read(':id/slips/:slipId/image', {
    summary:
      "A slip's stored image: for the order's consumer, its producer, the admin of its LAO, and province/DLA admins over it",
    description:
      "Never cached by shared caches (Cache-Control: private, no-store). A consumer asking for someone else's order → 404.",
    returns: 'the image (upright, at most 1600 px, no metadata)',
    files: SLIP_STORED_CONTENT_TYPES,
  })
  async image(
    @Param() p: SlipParams,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const image = await this.services.call<PaymentSlipImageV1>(
      OrderSubjects.getSlipImage,
      { orderId: p.id, slipId: p.slipId },
      ctx,
    );
    return storedImage(reply, image.contentType, 'private, no-store', image.imageBase64);
  }
}
