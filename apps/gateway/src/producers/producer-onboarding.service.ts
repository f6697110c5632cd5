import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { CatalogSubjects } from '@app/contracts';
import type { ProducerV1, RegisterProducerCommand } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { IdentityService } from '../identity/identity.service.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';
import type { RegisterProducerBody } from './producers.dto.js';

/**
 * A producer with a login spans two databases (the gateway owns users, the catalog producers). The
 * producer id is chosen here, the login is created first (a taken phone stops everything before the
 * catalog is touched), then the producer; if the catalog refuses (403, 404, 400…) or does not answer,
 * the login is deleted again, so a refused onboarding leaves neither.
 */
@Injectable()
export class ProducerOnboardingService {
  private readonly logger = new Logger('ProducerOnboarding');

  constructor(
    private readonly identity: IdentityService,
    private readonly services: ServiceClient,
  ) {}

  async register(body: RegisterProducerBody, ctx: RequestContext): Promise<ProducerV1 & { userId?: string }> {
    const { account, ...fields } = body;
    const command: RegisterProducerCommand = { ...fields, id: randomUUID() };
    if (!account) return this.services.call<ProducerV1>(CatalogSubjects.registerProducer, command, ctx);

    const user = await this.identity
      .createProducerLogin({ name: fields.name, phone: account.phone, password: account.password, laoCode: fields.laoCode, producerId: command.id! })
      .catch((e: unknown) => {
        if (e instanceof DomainError && e.code === 'DUPLICATE') {
          throw new DomainError('DUPLICATE', 'A login with this phone already exists', [{ field: 'account.phone', message: 'already registered' }]);
        }
        throw e;
      });
    try {
      const producer = await this.services.call<ProducerV1>(CatalogSubjects.registerProducer, command, ctx);
      return { ...producer, userId: user.id };
    } catch (e) {
      await this.identity.deleteUser(user.id).catch((err: unknown) =>
        this.logger.error({ message: 'could not remove the login of a refused producer', userId: user.id, requestId: ctx.requestId, error: String(err) }),
      );
      throw e;
    }
  }
}
