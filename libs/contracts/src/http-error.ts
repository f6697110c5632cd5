import { ApiProperty } from '@nestjs/swagger';
import { ApiBool, ApiInt, ApiString } from './api-property.js';

export class FieldErrorV1 {
  @ApiString({ example: 'phone' }) field: string;
  @ApiString() message: string;
}

/**
 * The body of every error response of the gateway (its HttpErrorFilter writes it; `code` is one of the
 * ErrorCode list of libs/messaging, mapped once to a status in apps/gateway/src/errors/error-status.ts).
 */
export class ErrorBodyV1 {
  @ApiInt({ example: 400 }) statusCode: number;
  @ApiString({ example: 'VALIDATION_FAILED' }) code: string;
  @ApiString({ example: 'Invalid input: phone' }) message: string;
  @ApiProperty({ type: () => [FieldErrorV1], required: false }) fields?: FieldErrorV1[];
  @ApiBool({
    required: false,
    description:
      'With 503 only: true when sending the same request again is safe — a read, or a route idempotent by key sent with an Idempotency-Key (send the same key). ' +
      'False: the request may have been done; check before repeating it.',
  })
  retrySafe?: boolean;
}
