import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:id` of an order; not a UUID → 400 naming id. */
export class OrderParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'id must be an order id (UUID)' })
  id: string;
}

/** `:id/refunds/:refundId` of an order. */
export class RefundParams extends OrderParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'refundId must be a UUID' })
  refundId: string;
}

/** `:id/slips/:slipId` of an order. */
export class SlipParams extends OrderParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'slipId must be a UUID' })
  slipId: string;
}
