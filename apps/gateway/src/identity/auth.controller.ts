import { Body, Controller, Ip, Param, ParseUUIDPipe } from '@nestjs/common';
import { SignIn, UserView } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Act, ActNoContent, Create, Read } from '../http/endpoint.js';
import type { RequestContext } from '../rpc/service-client.js';
import { Ctx, Public, Roles } from './auth.guard.js';
import { CreateUserDto, LoginDto } from './identity.dto.js';
import { IdentityService } from './identity.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Act('login', {
    summary:
      'Log in with phone or e-mail (wrong password → 401; too many failures → 429). A consumer whose phone is not verified yet signs in too (user.phoneVerified: false): ' +
      'it can look but reserving and purchasing answer 403 PHONE_NOT_VERIFIED until POST /auth/verify-phone (a new code: POST /auth/verify-phone/resend)',
    type: SignIn,
  })
  login(@Body() dto: LoginDto, @Ip() ip: string) {
    return this.identity.login(dto, ip);
  }

  @ActNoContent('logout', {
    summary: 'Sign out everywhere: every access token of the caller stops working (on every gateway within 10 s)',
    returns: 'signed out',
  })
  @ApiBearerAuth()
  async logout(@Ctx() ctx: RequestContext): Promise<void> {
    await this.identity.logout(ctx.caller!);
  }

  @Read('me', { summary: 'The signed-in user', type: UserView })
  @ApiBearerAuth()
  me(@Ctx() ctx: RequestContext) {
    return this.identity.me(ctx.caller!);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly identity: IdentityService) {}

  @Create(undefined, {
    summary:
      'Create a login: dla_admin any role; province_admin a lao_admin of its province; lao_admin a producer of its LAO',
    type: UserView,
  })
  @Roles('dla_admin', 'province_admin', 'lao_admin')
  create(@Body() dto: CreateUserDto, @Ctx() ctx: RequestContext) {
    return this.identity.createByAdmin(dto, ctx);
  }

  @ActNoContent(':id/revoke-tokens', {
    summary:
      "End every sign-in of a user (a lost phone, a moved producer): its access tokens stop working. dla_admin any user; province_admin its province's lao_admins and producers; lao_admin its LAO's producers",
    returns: 'the user is signed out everywhere',
  })
  @Roles('dla_admin', 'province_admin', 'lao_admin')
  async revokeTokens(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation('id', 'must be a UUID') }))
    id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<void> {
    await this.identity.revokeTokens(id, ctx.caller!);
  }
}
