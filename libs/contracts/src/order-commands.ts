import { field, IsUuid, NotBlankText, OneOfField, WholeNumber } from './fields.js';
import { IsLaoCode, IsProvinceCode } from './catalog-validation.js';
import { PageQuery } from './paging.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsUrl, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ORDER_STATUSES, PAYMENT_METHODS } from './order.js';
import type { OrderStatus, PaymentMethod } from './order.js';

/** The largest single amount accepted (100 million baht): anything above is a typo, not a payment. */
export const MAX_AMOUNT_SATANG = 10_000_000_000;

/** An amount of a payment or refund: whole satang, from 1 to MAX_AMOUNT_SATANG. */
const AmountSatang = () =>
  field(
    IsInt({ message: 'amountSatang must be a whole number of satang' }),
    Min(1, { message: 'amountSatang must be at least 1 satang' }),
    Max(MAX_AMOUNT_SATANG, { message: `amountSatang must be at most ${MAX_AMOUNT_SATANG}` }),
  );

/** What GET /orders?q= takes: an id prefix of 8+ hex characters (dashes allowed), or a Thai phone. */
export const ORDER_SEARCH = /^([0-9a-f][0-9a-f-]{7,35}|0\d{8,9})$/;

/** Body of POST /api/v1/orders/:id/payments */
export class RecordPaymentBody {
  @ApiProperty({
    description: 'integer satang (1 baht = 100 satang)',
    example: 10845,
    minimum: 1,
    maximum: MAX_AMOUNT_SATANG,
  })
  @AmountSatang()
  amountSatang: number;

  @OneOfField(PAYMENT_METHODS)
  method: PaymentMethod;

  @ApiProperty({ description: 'bank or slip reference; unique per producer', example: '2025112712345678' })
  @NotBlankText(100)
  reference: string;

  @ApiPropertyOptional({ example: 'https://example.com/slips/1.jpg' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  slipUrl?: string;
}

/** Body of POST /api/v1/orders/:id/refunds/:refundId/pay */
export class PayRefundBody {
  @OneOfField(PAYMENT_METHODS)
  method: PaymentMethod;

  @ApiProperty({ example: 'REF-20251127-01' })
  @NotBlankText(100)
  reference: string;
}

/** Body of POST /api/v1/orders/:id/refund (a dispute after completion) */
export class DisputeRefundBody {
  @ApiProperty({
    description: 'integer satang, at most what the consumer paid and was not yet refunded',
    example: 5000,
  })
  @AmountSatang()
  amountSatang: number;

  @ApiProperty({ example: 'ผลไม้เสียหายระหว่างขนส่ง' })
  @NotBlankText(500)
  reason: string;
}

/** Body of POST /api/v1/orders/:id/ship */
export class ShipOrderBody {
  @ApiProperty({ example: 'Thailand Post' })
  @NotBlankText(100)
  carrier: string;

  @ApiProperty({ example: 'EF123456789TH' })
  @NotBlankText(100)
  trackingNumber: string;
}

/** Query of GET /api/v1/orders */
export class ListOrdersQuery extends PageQuery {
  @OneOfField(ORDER_STATUSES, 'optional')
  status?: OrderStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  batchId?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only orders with a slip waiting for the producer to check it; false: only those without',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'paymentUnderReview must be true or false' })
  paymentUnderReview?: boolean;

  @ApiPropertyOptional({
    description:
      "Find an order by its number (the first 8 or more hex characters of its id, as consumers see it, or the whole id) or by the consumer's phone (the login's phone, or the phone of a delivery address). Still within what the caller may see.",
    example: '3f2a9c1e',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/^#/, '') : value))
  @Matches(ORDER_SEARCH, { message: 'q must be an order number (8 or more hex characters) or a phone number' })
  q?: string;
}

// --- the same commands as the order service receives them (the order id travels in the data) -----------

export class OrderIdCommand {
  @IsUuid()
  orderId: string;
}

export class RecordPaymentCommand extends RecordPaymentBody {
  @IsUuid()
  orderId: string;
}
export class PayRefundCommand extends PayRefundBody {
  @IsUuid()
  orderId: string;
  @IsUuid()
  refundId: string;
}
export class DisputeRefundCommand extends DisputeRefundBody {
  @IsUuid()
  orderId: string;
}
export class ShipOrderCommand extends ShipOrderBody {
  @IsUuid()
  orderId: string;
}

/** GET /orders as the order service receives it: the gateway adds the consumer who holds the phone searched for. */
export class ListOrdersCommand extends ListOrdersQuery {
  @IsOptional()
  @IsUUID()
  consumerId?: string;
}

export class ListCompletedOrdersQuery {
  @IsISO8601() from: string;
  @IsISO8601() to: string;
  @IsOptional() @IsLaoCode() laoCode?: string;
  @IsOptional() @IsProvinceCode() provinceCode?: string;
  @IsOptional() @IsUUID() afterOrderId?: string;
  @IsOptional() @WholeNumber(1, 5000) limit?: number;
}

export class RunSweepsCommand {
  /** the sweep's "now"; honoured only when the service runs with ORDER_ALLOW_CLOCK_OVERRIDE (tests) */
  @IsOptional() @IsISO8601() asOf?: string;
}
