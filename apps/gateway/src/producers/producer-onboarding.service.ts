import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { CatalogSubjects } from '@app/contracts';
import type { ProducerV1, RegisterProducerCommand } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { IDEMPOTENCY_KEY, idForKey } from '../http/idempotency-key.js';
import { IdentityService } from '../identity/identity.service.js';
import type { UserView } from '../identity/identity.dto.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import type { RegisterProducerBody } from './producers.dto.js';

export { IDEMPOTENCY_KEY };

/** The producer id of a request: derived from the caller and its Idempotency-Key, else random. */
export function producerIdFor(userId: string, key: string | undefined): string {
  return idForKey('producer', userId, key) ?? randomUUID();
}

const phoneTaken = () => new DomainError('DUPLICATE', 'A login with this phone already exists', [{ field: 'account.phone', message: 'already registered' }]);

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
    private readonly services: ServiceClient,
  ) {}

  async register(body: RegisterProducerBody, ctx: RequestContext, idempotencyKey?: string): Promise<ProducerV1 & { userId?: string }> {
    const { account, ...fields } = body;
    const command: RegisterProducerCommand = { ...fields, id: producerIdFor(ctx.caller!.userId, idempotencyKey) };
    if (!account) return this.registerInCatalog(command, ctx);

    const existing = await this.identity.loginOfPhone(account.phone);
    if (existing && existing.producerId !== command.id) throw phoneTaken();
    const producer = await this.registerInCatalog(command, ctx);
    if (existing) return { ...producer, userId: existing.id }; // a retry whose login was made the first time

    let user: UserView;
    try {
      user = await this.identity.createProducerLogin({ name: fields.name, phone: account.phone, password: account.password, laoCode: fields.laoCode, producerId: command.id! });
    } catch (e) {
      await this.withdraw(command.id!, ctx);
      throw e instanceof DomainError && e.code === 'DUPLICATE' ? phoneTaken() : e;
    }
    await this.identity.linkProducerLogin(command.id!, user.id, account.phone, ctx);
    return { ...producer, userId: user.id };
  }

  private async registerInCatalog(command: RegisterProducerCommand, ctx: RequestContext): Promise<ProducerV1> {
    try {
      return await this.services.call<ProducerV1>(CatalogSubjects.registerProducer, command, ctx);
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'SERVICE_UNAVAILABLE')) throw e;
      // no answer is not a refusal: the catalog may have committed after we stopped waiting
      const committed = await this.services.call<ProducerV1>(CatalogSubjects.getProducer, { id: command.id }, ctx).catch(() => null);
      if (committed) return committed;
      throw e;
    }
  }

  private async withdraw(producerId: string, ctx: RequestContext): Promise<void> {
    await this.services.call(CatalogSubjects.withdrawProducer, { id: producerId }, ctx).catch((err: unknown) =>
      // left as a producer without a login (a valid state); an administrator can give it one later
      this.logger.error({ message: 'could not withdraw a producer whose login failed', producerId, requestId: ctx.requestId, error: String(err) }),
    );
  }
}
