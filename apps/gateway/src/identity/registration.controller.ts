import { Body, Controller, Ip } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { SignIn, VerificationSentV1 } from '@app/contracts';
import { Accept, Act } from '../http/endpoint.js';
import { Public } from './auth.guard.js';
import { RegisterDto } from './identity.dto.js';
import { ResendCodeDto, VerifyPhoneDto } from './phone-verification.dto.js';
import { PhoneVerificationService } from './phone-verification.service.js';

/** Consumer sign-up with a phone verified by a one-time SMS code (phone-verification.service.ts). */
@ApiTags('auth')
@Controller('auth')
export class RegistrationController {
  constructor(private readonly verification: PhoneVerificationService) {}

  @Public()
  @Accept('register', {
    summary:
      'Register a consumer: a 6-digit code is sent by SMS to the phone (valid 10 minutes, 5 tries). The answer is the same 202 whether or not the phone ' +
      'already has an account (its owner is then told by SMS that someone tried). Registering again an unverified phone replaces that registration. ' +
      'Throttled per phone (one SMS a minute, a few an hour) and per client address → 429 with Retry-After',
    returns: 'a code is on its way (or the owner of the phone was told)',
    type: VerificationSentV1,
  })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED, with Retry-After' })
  register(@Body() dto: RegisterDto, @Ip() ip: string) {
    return this.verification.register(dto, ip);
  }

  @Public()
  @Act('verify-phone', {
    summary:
      'Verify the phone with the code sent by SMS → 200 and an access token, as login. 400 CODE_INCORRECT (tries left in the message), CODE_EXPIRED ' +
      '(after 10 minutes), CODE_LOCKED (after 5 wrong tries): ask for a new code',
    type: SignIn,
  })
  verify(@Body() dto: VerifyPhoneDto, @Ip() ip: string) {
    return this.verification.verify(dto, ip);
  }

  @Public()
  @Accept('verify-phone/resend', {
    summary:
      'Send a new code to a phone whose registration is not verified yet (it replaces the previous code). Always 202, whatever the phone; throttled as registration → 429 with Retry-After',
    type: VerificationSentV1,
  })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED, with Retry-After' })
  resend(@Body() dto: ResendCodeDto, @Ip() ip: string) {
    return this.verification.resend(dto, ip);
  }
}
