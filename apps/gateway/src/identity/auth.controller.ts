import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '../rpc/service-client.js';
import { Ctx, Public, Roles } from './auth.guard.js';
import { CreateUserDto, LoginDto, RegisterDto } from './identity.dto.js';
import { IdentityService } from './identity.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Post('register')
  @ApiOperation({ summary: 'Register a consumer (201; a phone already registered → 409)' })
  register(@Body() dto: RegisterDto) {
    return this.identity.register(dto);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with phone or e-mail (wrong password → 401; too many failures → 429)' })
  login(@Body() dto: LoginDto, @Ip() ip: string) {
    return this.identity.login(dto, ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  me(@Ctx() ctx: RequestContext) {
    return this.identity.me(ctx.caller!);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly identity: IdentityService) {}

  @Post()
  @Roles('dla_admin', 'province_admin', 'lao_admin')
  @ApiOperation({ summary: 'Create a login: dla_admin any role; province_admin a lao_admin of its province; lao_admin a producer of its LAO' })
  create(@Body() dto: CreateUserDto, @Ctx() ctx: RequestContext) {
    return this.identity.createByAdmin(dto, ctx);
  }
}
