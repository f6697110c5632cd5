import { IsUuid } from './fields.js';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBase64, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { validate } from 'promptparse';
import { ApiDateTime, ApiEnum, ApiString, ApiUuid } from './api-property.js';

/**
 * A consumer's bank slip (แจ้งชำระเงิน). Thai bank slips carry a "mini QR" for the banks' Slip Verify API:
 * an EMVCo-style TLV (tag 00 = {00: API type "000001", 01: sending bank code, 02: transaction reference},
 * 51 = country, 91 = CRC-16). This is the one reader of that payload: the gateway uses it to pick the
 * slip's QR among those it finds in a photo, the order service to decide what the slip is.
 */
export interface SlipQrV1 {
  /** the sending bank's code (e.g. 004 = KBank, 014 = SCB) */
  sendingBank: string;
  /** the bank's transaction reference, unique per sending bank */
  transRef: string;
}

/** Bank codes are 3 digits; references are printable ASCII (no spaces) of a sane length. */
const BANK = /^\d{3}$/;
const REF = /^[\x21-\x7e]{6,40}$/;

/**
 * The slip's bank and reference, or null when the text is not a Slip Verify payload or its CRC is wrong.
 * Some bank apps drop the CRC's leading zeros; promptparse restores them before checking (crcAutoFix).
 */
export function parseSlipQr(payload: unknown): SlipQrV1 | null {
  if (typeof payload !== 'string' || payload.length > 512) return null;
  let parsed: { sendingBank: string; transRef: string } | null;
  try {
    parsed = validate.slipVerify(payload.trim());
  } catch {
    return null;
  }
  if (!parsed || !BANK.test(parsed.sendingBank) || !REF.test(parsed.transRef)) return null;
  return { sendingBank: parsed.sendingBank, transRef: parsed.transRef };
}

/** Uploads: what the client may send (checked by content, not by header) and the most it may send. */
export const SLIP_UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
export const SLIP_UPLOAD_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'] as const;
/** What the gateway stores after normalising (re-encoded, no metadata). */
export const SLIP_STORED_CONTENT_TYPES = ['image/webp', 'image/jpeg'] as const;
export type SlipStoredContentType = (typeof SLIP_STORED_CONTENT_TYPES)[number];
/** Base64 of a normalised image: comfortably under NATS's 1 MB payload with the envelope around it. */
export const SLIP_MAX_BASE64_CHARS = 900_000;

export const PAYMENT_SLIP_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type PaymentSlipStatus = (typeof PAYMENT_SLIP_STATUSES)[number];

/** One slip as the order view shows it (never the image: GET /orders/{id}/slips/{slipId}/image, access-checked). */
export class PaymentSlipV1 {
  @ApiUuid() id: string;
  @ApiString({
    description: "the bank's transaction reference, read from the slip's verification QR",
    example: '2025112712345678ABCD',
  })
  reference: string;
  @ApiString({ description: "the sending bank's code, read from the slip's verification QR", example: '004' })
  sendingBank: string;
  @ApiEnum(PAYMENT_SLIP_STATUSES, 'pending until the producer checks it') status: PaymentSlipStatus;
  @ApiString({ nullable: true, description: 'why the producer rejected it; null unless rejected' }) rejectReason:
    string | null;
  @ApiDateTime() uploadedAt: string;
}

/** Reply of OrderSubjects.getSlipImage */
export interface PaymentSlipImageV1 {
  contentType: SlipStoredContentType;
  imageBase64: string;
}

/** Data of OrderSubjects.submitSlip: the gateway has found the QR and normalised the image. */
export class SubmitSlipCommand {
  @IsUuid()
  orderId: string;

  /** the raw text of the QR the gateway read (the order service parses it again) */
  @IsString()
  @MaxLength(512)
  qrPayload: string;

  @IsIn(SLIP_STORED_CONTENT_TYPES)
  contentType: SlipStoredContentType;

  @IsBase64(undefined, { message: 'imageBase64 must be base64' })
  @MaxLength(SLIP_MAX_BASE64_CHARS)
  imageBase64: string;
}

/** Data of OrderSubjects.getSlipImage */
export class SlipImageQuery {
  @IsUuid()
  orderId: string;

  @IsUuid()
  slipId: string;
}

export const SLIP_REJECT_REASON_MAX = 300;

/** Body of POST /api/v1/orders/:id/slips/:slipId/reject: why the slip does not match, for the consumer to read. */
export class RejectSlipBody {
  @ApiProperty({ minLength: 1, maxLength: SLIP_REJECT_REASON_MAX, example: 'ยอดในสลิป 300 บาท แต่ยอดมัดจำคือ 361.50 บาท' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'reason is required: why the slip does not match' })
  @MinLength(1, { message: 'reason is required: why the slip does not match' })
  @MaxLength(SLIP_REJECT_REASON_MAX, { message: `reason must be at most ${SLIP_REJECT_REASON_MAX} characters` })
  reason: string;
}

/** Data of OrderSubjects.rejectSlip */
export class RejectSlipCommand extends RejectSlipBody {
  @IsUuid()
  orderId: string;

  @IsUuid()
  slipId: string;
}

/** Event data of order.payment_slip_submitted (v1): a slip waits for the producer to check it. */
export interface PaymentSlipSubmittedV1 {
  orderId: string;
  slipId: string;
  producerId: string;
  consumerId: string;
  laoCode: string;
  reference: string;
  sendingBank: string;
  submittedAt: string;
}

/** The image type by its first bytes (magic numbers), whatever the Content-Type header claims. */
export function sniffImageType(bytes: Uint8Array): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  const at = (i: number, ...b: number[]) => b.every((v, k) => bytes[i + k] === v);
  if (bytes.length >= 3 && at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (bytes.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (bytes.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}
