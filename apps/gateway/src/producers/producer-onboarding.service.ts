import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { CatalogSubjects } from '@app/contracts';
import type { ProducerV1, RegisteredProducerV1, RegisterProducerCommand, UserView } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { IDEMPOTENCY_KEY, idForKey } from '../http/idempotency-key.js';
import { IdentityService } from '../identity/identity.service.js';
import { assertMayLinkProducerLogin } from '../identity/user-admin.policy.js';
import { PhoneVerificationService } from '../identity/phone-verification.service.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import type { RegisterProducerBody } from './producers.dto.js';

export { IDEMPOTENCY_KEY };

/** The producer id of a request: derived from the caller and its Idempotency-Key, else random. */
export function producerIdFor(userId: string, key: string | undefined): string {
  return idForKey('producer', userId, key) ?? randomUUID();
}

const phoneTaken = () =>
  new DomainError('DUPLICATE', 'A login with this phone already exists', [
    { field: 'account.phone', message: 'already registered' },
  ]);

/**
 * A producer with a login spans two databases (the gateway owns users, the catalog producers). The
 * catalog decides first: a login is created only for a producer it has registered, because a login that
 * exists even briefly can obtain a token, and tokens cannot be revoked. So: the phone is checked (most
 * duplicates stop here, before anything is written), the catalog registers the producer, then the login
 * is created. If the login still fails (the phone was taken in between), the registration is withdrawn
 * in the catalog (which raises catalog.producer.withdrawn). If that also fails, what is left is a
 * producer without a login, a state the catalog allows anyway, never a login without a producer.
 *
 * Retries: with an Idempotency-Key the producer id is fixed, the catalog answers a repeated registration
 * with the same producer, and a login already bound to it is reused. When the catalog does not answer in
 * time it may still have committed, so it is asked before the request is reported as failed.
 */
@Injectable()
export class ProducerOnboardingService {
  private readonly logger = new Logger('ProducerOnboarding');

  constructor(
    private readonly identity: IdentityService,
    private readonly phones: PhoneVerificationService,
    private readonly services: ServiceClient,
  ) {}

  async register(
    body: RegisterProducerBody,
    ctx: RequestContext,
    idempotencyKey?: string,
  ): Promise<RegisteredProducerV1> {
    const { account, ...fields } = body;
    const command: RegisterProducerCommand = { ...fields, id: producerIdFor(ctx.caller!.userId, idempotencyKey) };
    if (!account) return this.registerInCatalog(command, ctx);

    const existing = await this.identity.loginOfPhone(account.phone);
    if (existing && existing.producerId === command.id)
      return { ...(await this.registerInCatalog(command, ctx)), userId: existing.id }; // a retry whose login was made the first time
    if (existing && existing.roles.includes('consumer') && !existing.producerId) {
      // the farmer already shops here with this (verified) phone: that login becomes the producer's once the
      // farmer reads the code sent to the phone to the LAO's staff (POST /producers/:id/account-link)
      const producer = await this.registerInCatalog(command, ctx);
      await this.phones.sendCode(account.phone, 'link', command.id!);
      this.logger.log({
        message: 'producer onboarded; a code was sent to link its existing login',
        producerId: command.id,
        requestId: ctx.requestId,
      });
      return { ...producer, accountLink: 'code_sent' };
    }
    if (existing) throw phoneTaken(); // another producer's or a staff login
    const producer = await this.registerInCatalog(command, ctx);

    let user: UserView;
    try {
      user = await this.identity.createProducerLogin({
        name: fields.name,
        phone: account.phone,
        password: account.password,
        laoCode: fields.laoCode,
        producerId: command.id!,
      });
    } catch (e) {
      await this.withdraw(command.id!, ctx);
      throw e instanceof DomainError && e.code === 'DUPLICATE' ? phoneTaken() : e;
    }
    await this.identity.linkProducerLogin(command.id!, user.id, account.phone, ctx);
    return { ...producer, userId: user.id };
  }

  /**
   * Links the existing login of the phone to the producer, after the code sent at onboarding: the login
   * becomes the producer's (role producer, its LAO), keeps its password, and its older tokens are revoked.
   */
  async linkAccount(
    producerId: string,
    body: { phone: string; code: string },
    ctx: RequestContext,
  ): Promise<{ userId: string }> {
    const producer = await this.services.call<ProducerV1>(CatalogSubjects.getProducer, { id: producerId }, ctx);
    assertMayLinkProducerLogin(ctx.caller!, producer.laoCode);
    await this.phones.checkCode(body.phone, 'link', body.code, producerId);
    const userId = await this.identity.makeProducerLogin(body.phone, producer.id, producer.laoCode);
    if (!userId)
      throw new DomainError('CONFLICT', 'The login of this phone can no longer be linked', [
        { field: 'phone', message: 'not a consumer login any more' },
      ]);
    await this.identity.linkProducerLogin(producerId, userId, body.phone, ctx);
    this.logger.log({ message: 'existing login linked to a producer', producerId, userId, requestId: ctx.requestId });
    return { userId };
  }

  private async registerInCatalog(command: RegisterProducerCommand, ctx: RequestContext): Promise<ProducerV1> {
    try {
      return await this.services.call<ProducerV1>(CatalogSubjects.registerProducer, command, ctx);
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'SERVICE_UNAVAILABLE')) throw e;
      // no answer is not a refusal: the catalog may have committed after we stopped waiting
      const committed = await this.services
        .call<ProducerV1>(CatalogSubjects.getProducer, { id: command.id }, ctx)
        .catch(() => null);
      if (committed) return committed;
      throw e;
    }
  }

  private async withdraw(producerId: string, ctx: RequestContext): Promise<void> {
    await this.services.call(CatalogSubjects.withdrawProducer, { id: producerId }, ctx).catch((err: unknown) =>
      // left as a producer without a login (a valid state); an administrator can give it one later
      this.logger.error({
        message: 'could not withdraw a producer whose login failed',
        producerId,
        requestId: ctx.requestId,
        error: String(err),
      }),
    );
  }
}
