import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { CatalogSubjects } from '@app/contracts';
import type { Caller, ProducerV1, Role } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { GATEWAY_CONFIG } from '../config.js';
import type { GatewayConfig } from '../config.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import type { CreateUserDto, LoginDto } from './identity.dto.js';
import type { SignIn, UserView } from '@app/contracts';
import { stagePasswordFile } from './bootstrap-password-file.js';
import { LoginThrottle } from './login-throttle.js';
import { burnVerify, hashPassword, verifyPassword } from './passwords.js';
import { normalizePhone } from './phone.js';
import { PhoneCodesRepository } from './phone-codes.repository.js';
import { TokenVersions } from './token-versions.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { recordAccountChanged } from './account-events.js';
import { assertMayBindProducer, assertMayCreateUser, assertMayRevoke } from './user-admin.policy.js';

export interface AccessTokenClaims {
  sub: string;
  name: string;
  roles: Role[];
  laoCode?: string;
  provinceCode?: string;
  producerId?: string;
  /** the user's token version when the token was issued (TokenVersions); absent in tokens from before it existed: 0 */
  tv?: number;
  /**
   * "phone not verified": only in tokens issued to a consumer that has not verified its phone yet, which
   * may sign in and look but not reserve or purchase (RequiresVerifiedPhone). Every token issued before
   * this claim existed to an unverified consumer was revoked by the migration that introduced it.
   */
  pnv?: true;
}

export function toView(u: User): UserView {
  const v: UserView = { id: u.id, name: u.name, roles: [u.role] };
  if (u.phone) {
    v.phone = u.phone;
    v.phoneVerified = u.phoneVerifiedAt !== null;
  }
  if (u.email) v.email = u.email;
  if (u.laoCode) v.laoCode = u.laoCode;
  if (u.provinceCode) v.provinceCode = u.provinceCode;
  if (u.producerId) v.producerId = u.producerId;
  return v;
}

export function callerOf(claims: AccessTokenClaims): Caller {
  const c: Caller = { userId: claims.sub, roles: claims.roles };
  if (claims.laoCode) c.laoCode = claims.laoCode;
  if (claims.provinceCode) c.provinceCode = claims.provinceCode;
  if (claims.producerId) c.producerId = claims.producerId;
  return c;
}

@Injectable()
export class IdentityService {
  private readonly logger = new Logger('Identity');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly services: ServiceClient,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly versions: TokenVersions,
  ) {}

  async login(dto: LoginDto, ip: string): Promise<SignIn> {
    const login = dto.login.includes('@') ? dto.login.toLowerCase() : (normalizePhone(dto.login) ?? dto.login);
    const user = await this.users.findOneBy(login.includes('@') ? { email: login } : { phone: login });
    await this.throttle.begin(login, ip, user !== null);
    const ok = user ? await verifyPassword(user.passwordHash, dto.password) : (await burnVerify(dto.password), false);
    if (!user || !ok) {
      throw new DomainError('INVALID_CREDENTIALS', 'Wrong login or password');
    }
    await this.throttle.succeeded(login, ip);
    return this.signIn(user);
  }

  /** An access token for the user (login, a verified phone). */
  async signIn(user: User): Promise<SignIn> {
    const claims: AccessTokenClaims = { sub: user.id, name: user.name, roles: [user.role], tv: user.tokenVersion };
    if (user.laoCode) claims.laoCode = user.laoCode;
    if (user.provinceCode) claims.provinceCode = user.provinceCode;
    if (user.producerId) claims.producerId = user.producerId;
    if (user.phoneVerifiedAt === null) claims.pnv = true;
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.jwtTtlSeconds });
    return { accessToken, expiresIn: this.config.jwtTtlSeconds, user: toView(user) };
  }

  /** Ends every sign-in of the caller (all its tokens). */
  async logout(caller: Caller): Promise<void> {
    await this.versions.revoke(caller.userId);
  }

  /** An administrator ends every sign-in of a user of its scope. */
  async revokeTokens(id: string, caller: Caller): Promise<void> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw DomainError.notFound('User', id, 'id');
    assertMayRevoke(caller, {
      role: user.role,
      laoCode: user.laoCode ?? undefined,
      provinceCode: user.provinceCode ?? undefined,
    });
    await this.versions.revoke(id);
    this.logger.log({ message: 'tokens revoked', userId: id, by: caller.userId });
  }

  async me(caller: Caller): Promise<UserView> {
    const user = await this.users.findOneBy({ id: caller.userId });
    if (!user) throw new DomainError('UNAUTHENTICATED', 'This login no longer exists');
    return toView(user);
  }

  async createByAdmin(dto: CreateUserDto, ctx: RequestContext): Promise<UserView> {
    const caller = ctx.caller!;
    assertMayCreateUser(caller, dto);
    // Bindings must name real places: the catalog answers 404 naming the unknown code.
    if (dto.laoCode) await this.services.call(CatalogSubjects.getLao, { code: dto.laoCode }, ctx);
    if (dto.provinceCode) await this.services.call(CatalogSubjects.getProvince, { code: dto.provinceCode }, ctx);
    if (dto.role === 'producer')
      assertMayBindProducer(caller, dto, dto.producerId ? await this.producerOf(dto.producerId, ctx) : null);
    const bindsLao = dto.role === 'lao_admin' || dto.role === 'producer';
    const created = toView(
      await this.insert({
        name: dto.name,
        phone: dto.phone,
        email: dto.email ?? null,
        password: dto.password,
        role: dto.role,
        laoCode: bindsLao ? dto.laoCode : undefined,
        provinceCode:
          dto.role === 'province_admin' ? dto.provinceCode : bindsLao ? dto.laoCode!.slice(1, 3) : undefined,
        producerId: dto.role === 'producer' ? dto.producerId : undefined,
      }),
    );
    if (dto.role === 'producer') await this.linkProducerLogin(dto.producerId!, created.id, dto.phone ?? null, ctx);
    return created;
  }

  /**
   * Tells the catalog which login acts for a producer (and its phone), so the report can flag sales the
   * producer makes to itself. The login exists already: if the catalog cannot be told now, that is logged,
   * not undone (the next link, e.g. an administrator binding it again, repairs it).
   */
  async linkProducerLogin(
    producerId: string,
    userId: string,
    phone: string | null,
    ctx: RequestContext,
  ): Promise<void> {
    await this.services
      .call(CatalogSubjects.linkProducerLogin, { producerId, userId, ...(phone ? { phone } : {}) }, ctx)
      .catch((err: unknown) =>
        this.logger.warn({
          message: 'could not tell the catalog of a producer login',
          producerId,
          userId,
          requestId: ctx.requestId,
          error: String(err),
        }),
      );
  }

  private producerOf(id: string, ctx: RequestContext): Promise<ProducerV1> {
    return this.services.call<ProducerV1>(CatalogSubjects.getProducer, { id }, ctx).catch((e: unknown) => {
      throw e instanceof DomainError && e.code === 'NOT_FOUND'
        ? new DomainError('NOT_FOUND', e.message, [{ field: 'producerId', message: 'no such producer' }])
        : e;
    });
  }

  /**
   * The login that holds a phone, if any (onboarding checks it before the catalog registers anything).
   * A registration whose phone was never verified holds nothing: whoever made it did not prove the phone.
   */
  async loginOfPhone(phone: string): Promise<UserView | null> {
    const user = await this.users.findOneBy({ phone });
    return user && user.phoneVerifiedAt !== null ? toView(user) : null;
  }

  /**
   * The login of a producer being onboarded, created only once the catalog has registered the producer
   * (see producers/producer-onboarding.service.ts).
   */
  async createProducerLogin(p: {
    name: string;
    phone: string;
    password: string;
    laoCode: string;
    producerId: string;
  }): Promise<UserView> {
    // an unverified registration of this phone (a stranger's, or the farmer's own unfinished one) gives way:
    // it never received a token that can act, and its code can no longer verify anything
    await this.dropUnverified(p.phone);
    return toView(
      await this.insert({
        name: p.name,
        phone: p.phone,
        email: null,
        password: p.password,
        role: 'producer',
        laoCode: p.laoCode,
        provinceCode: p.laoCode.slice(1, 3),
        producerId: p.producerId,
      }),
    );
  }

  /**
   * The first administrator. BOOTSTRAP_ADMIN_LOGIN/PASSWORD create a dla_admin if no user has that login
   * (an existing user is never changed). Without them, and with generation on (npm start), a dla_admin is
   * created with a random password when none exists; the password goes only to a new 0600 file
   * (BOOTSTRAP_ADMIN_PASSWORD_FILE), never to a log: see bootstrap-password-file.ts.
   */
  async bootstrapAdmin(): Promise<{ login: string; passwordFile?: string; created: boolean } | null> {
    const { login, password, generateIfNone, passwordFile } = this.config.bootstrapAdmin;
    if (login && password) {
      if (await this.users.existsBy({ email: login })) return { login, created: false };
      await this.insertIgnoringRace({
        name: 'DLA administrator',
        email: login,
        phone: null,
        password,
        role: 'dla_admin',
      });
      return { login, created: true };
    }
    if (!generateIfNone || (await this.users.existsBy({ role: 'dla_admin' }))) return null;
    const generatedLogin = 'admin@khongdee.local';
    const generated = randomBytes(12).toString('base64url');
    const file = stagePasswordFile(passwordFile!, generatedLogin, generated);
    const created = await this.insertIgnoringRace({
      name: 'DLA administrator',
      email: generatedLogin,
      phone: null,
      password: generated,
      role: 'dla_admin',
    }).catch((e) => {
      file.discard();
      throw e;
    });
    if (!created) return (file.discard(), null);
    file.commit();
    return { login: generatedLogin, passwordFile, created: true };
  }

  /**
   * Turns the verified consumer login of the phone into the producer's login (role producer, its LAO),
   * revoking its older tokens. Null when the phone has no such login (any more).
   */
  async makeProducerLogin(phone: string, producerId: string, laoCode: string): Promise<string | null> {
    const id = await this.users.manager.transaction(async (em) => {
      const linked = await UsersRepository.makeProducer(em, phone, producerId, laoCode);
      if (!linked) return null;
      await recordAccountChanged(em, (await em.findOneBy(User, { id: linked }))!, 'producer_linked');
      return linked;
    });
    if (!id) return null;
    await this.versions.revoke(id);
    return id;
  }

  /** Removes an unverified registration of the phone and its pending code. */
  async dropUnverified(phone: string): Promise<void> {
    const dropped = await UsersRepository.dropUnverified(this.users.manager, phone);
    await PhoneCodesRepository.remove(this.users.manager, phone, 'register');
    for (const id of dropped) {
      await this.versions.revoke(id);
      this.logger.log({ message: 'unverified registration dropped for a staff-made login', userId: id });
    }
  }

  private async insertIgnoringRace(u: NewUser): Promise<boolean> {
    try {
      await this.insert(u);
      return true;
    } catch (e) {
      if (e instanceof DomainError && e.code === 'DUPLICATE') return false;
      throw e;
    }
  }

  private async insert(u: NewUser): Promise<User> {
    const user = this.users.create({
      id: randomUUID(),
      name: u.name,
      phone: u.phone,
      email: u.email,
      passwordHash: await hashPassword(u.password),
      role: u.role,
      laoCode: u.laoCode ?? null,
      provinceCode: u.provinceCode ?? null,
      producerId: u.producerId ?? null,
      // every login made here is made by staff (an administrator, LAO onboarding), who vouch for the phone
      phoneVerifiedAt: new Date(),
    });
    try {
      // the login and its identity.account_changed in one transaction
      await this.users.manager.transaction(async (em) => {
        await em.insert(User, user);
        await recordAccountChanged(em, user, 'created_by_staff');
      });
    } catch (e) {
      const detail = (e as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
      if (detail?.code === '23505') {
        const field = detail.constraint?.includes('email') ? 'email' : 'phone';
        throw new DomainError('DUPLICATE', `A user with this ${field} already exists`, [
          { field, message: 'already registered' },
        ]);
      }
      throw e;
    }
    this.logger.log({ message: 'user created', userId: user.id, role: user.role });
    return user;
  }
}

interface NewUser {
  name: string;
  phone: string | null;
  email: string | null;
  password: string;
  role: Role;
  laoCode?: string;
  provinceCode?: string;
  producerId?: string;
}
