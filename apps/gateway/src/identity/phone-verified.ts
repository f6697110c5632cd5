import { SetMetadata } from '@nestjs/common';
import { DomainError } from '@app/messaging';

export const REQUIRES_VERIFIED_PHONE = 'auth:verified-phone';

/**
 * Reserving and purchasing: a consumer whose phone is not verified yet answers 403 PHONE_NOT_VERIFIED.
 * Read from the access token (claim `pnv`), checked by the AuthGuard: no database read per request.
 */
export const RequiresVerifiedPhone = () => SetMetadata(REQUIRES_VERIFIED_PHONE, true);

export function phoneNotVerified(): DomainError {
  return new DomainError(
    'PHONE_NOT_VERIFIED',
    'Verify your phone first: enter the code sent by SMS (POST /api/v1/auth/verify-phone; a new code: POST /api/v1/auth/verify-phone/resend)',
  );
}
