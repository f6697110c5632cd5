import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Caller, Role } from '@app/contracts';
import { DomainError } from '@app/messaging';
import type { RequestContext } from '../rpc/service-client.js';
import { AccessTokenVerifier } from './access-token.js';
import { AccessTokenClaims, callerOf } from './identity.service.js';
import { phoneNotVerified, REQUIRES_VERIFIED_PHONE } from './phone-verified.js';
import { TokenVersions } from './token-versions.js';

const PUBLIC = 'auth:public';
const ROLES_KEY = 'auth:roles';

/** Anyone may call it (a visitor from a Facebook post has no account). A valid token is still read. */
export const Public = () => SetMetadata(PUBLIC, true);
/** Only these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export type AuthedRequest = FastifyRequest & { caller?: Caller | null; phoneNotVerified?: boolean };

/** Who may call a route: its @Public(), @Roles() and @RequiresVerifiedPhone(). */
export interface RouteRule {
  isPublic: boolean;
  roles?: Role[];
  verifiedPhone: boolean;
}

/** Every route needs a valid access token unless it is @Public(); @Roles() narrows it further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokenVerifier,
    private readonly reflector: Reflector,
    private readonly versions: TokenVersions,
  ) {}

  canActivate(context: ExecutionContext): Promise<boolean> {
    return this.admit(
      context.switchToHttp().getRequest<AuthedRequest>(),
      this.ruleOf(context.getHandler(), context.getClass()),
    );
  }

  /** The rule of a route, from its decorators (the handler's, else its controller's). */
  ruleOf(
    handler: ReturnType<ExecutionContext['getHandler']>,
    controller: ReturnType<ExecutionContext['getClass']>,
  ): RouteRule {
    const targets = [handler, controller];
    return {
      isPublic: !!this.reflector.getAllAndOverride<boolean>(PUBLIC, targets),
      roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      verifiedPhone: !!this.reflector.getAllAndOverride<boolean>(REQUIRES_VERIFIED_PHONE, targets),
    };
  }

  /**
   * Sets the request's caller from its access token and admits it under the route's rule, or throws the
   * refusal (401 / 403). The guard of every route; the reservation fast path runs the same check.
   */
  async admit(req: AuthedRequest, rule: RouteRule): Promise<true> {
    const { isPublic } = rule;
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    req.caller = null;
    if (token) {
      let claims: AccessTokenClaims | undefined;
      try {
        claims = this.tokens.verify<AccessTokenClaims>(token);
      } catch {
        if (!isPublic) throw new DomainError('UNAUTHENTICATED', 'Access token is invalid or expired; sign in again');
      }
      // a token naming no user, or from before a sign-out everywhere or a revocation, is no longer valid
      const version = claims ? await this.versions.current(claims.sub) : undefined;
      if (claims && version === null) {
        if (!isPublic) throw new DomainError('UNAUTHENTICATED', 'This access token names no user; sign in again');
        claims = undefined;
      }
      if (claims && (claims.tv ?? 0) !== version) {
        if (!isPublic)
          throw new DomainError('UNAUTHENTICATED', 'This sign-in was ended (signed out or revoked); sign in again');
        claims = undefined;
      }
      if (claims) {
        req.caller = callerOf(claims);
        req.phoneNotVerified = claims.pnv === true;
      }
    }
    if (isPublic) return true;
    if (!req.caller)
      throw new DomainError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <accessToken>');
    const { roles } = rule;
    if (roles?.length && !roles.some((r) => req.caller!.roles.includes(r))) {
      throw DomainError.forbidden(`This needs the role ${roles.join(' or ')}`);
    }
    if (req.phoneNotVerified && rule.verifiedPhone) throw phoneNotVerified();
    return true;
  }
}

/** The request's caller and id, to pass to services. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const req = context.switchToHttp().getRequest<AuthedRequest>();
  return { caller: req.caller ?? null, requestId: String(req.id) };
});
