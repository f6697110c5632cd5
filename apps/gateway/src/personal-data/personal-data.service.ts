import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogSubjects, HarvestPreorderSubjects, IdentityEvents, OrderSubjects } from '@app/contracts';
import type {
  ErasedV1,
  MyReviewV1,
  OrderListV1,
  OrderSummaryV1,
  PersonalDataAccountV1,
  PersonalDataV1,
  ReservationDetailV1,
  ReservationPageV1,
} from '@app/contracts';
import { addToOutbox, DomainError, newEvent } from '@app/messaging';
import { verifyPassword } from '../identity/passwords.js';
import { TokenVersions } from '../identity/token-versions.js';
import { UsersRepository } from '../identity/users.repository.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

const ERASED_NAME = 'ผู้ใช้ที่ลบบัญชีแล้ว';

/**
 * A consumer's right of access and right to erasure (PDPA). The download gathers what every service holds
 * about the caller. Erasure anonymises the login here and, in the same transaction, writes
 * identity.consumer_erased to the outbox: each service holding personal data (order: delivery addresses
 * and slip images; harvest-preorder: reservation addresses; catalog: review texts) removes it once, from
 * its inbox. Figures (quantities, money, ratings, areas) stay, so the reports do not change.
 */
@Injectable()
export class PersonalDataService {
  private readonly logger = new Logger('PersonalData');

  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceClient,
    private readonly versions: TokenVersions,
  ) {}

  async export(ctx: RequestContext): Promise<PersonalDataV1> {
    const caller = ctx.caller!;
    const user = await UsersRepository.account(this.ds.manager, caller.userId);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'This login no longer exists');
    const orders: OrderSummaryV1[] = [];
    for (let page = 1; ; page++) {
      const p = await this.services.call<OrderListV1>(OrderSubjects.list, { page, pageSize: 100 }, ctx);
      orders.push(...p.items);
      if (p.items.length < 100 || orders.length >= p.total) break;
    }
    const reservations: ReservationDetailV1[] = [];
    for (let page = 1; ; page++) {
      const p = await this.services.call<ReservationPageV1>(
        HarvestPreorderSubjects.listMyReservations,
        { page, pageSize: 100 },
        ctx,
      );
      reservations.push(...p.items);
      if (p.items.length < 100 || reservations.length >= p.total) break;
    }
    const reviews = await this.services.call<MyReviewV1[]>(CatalogSubjects.listMyReviews, {}, ctx);
    const account: PersonalDataAccountV1 = {
      id: user.id,
      name: user.name,
      roles: [user.role],
      createdAt: new Date(user.created_at).toISOString(),
    };
    if (user.phone) account.phone = user.phone;
    if (user.email) account.email = user.email;
    return { exportedAt: new Date().toISOString(), account, orders, reservations, reviews };
  }

  async erase(ctx: RequestContext, password: string): Promise<ErasedV1> {
    const caller = ctx.caller!;
    if (!caller.roles.includes('consumer') || caller.roles.length > 1) {
      throw DomainError.forbidden(
        "Only a consumer's own account can be erased here; staff and producer logins are closed by an administrator",
      );
    }
    const erasedAt = new Date();
    await this.ds.transaction(async (em) => {
      const passwordHash = await UsersRepository.lockPasswordHash(em, caller.userId);
      if (passwordHash === null) throw new DomainError('UNAUTHENTICATED', 'This login no longer exists');
      if (!(await verifyPassword(passwordHash, password))) {
        throw new DomainError('INVALID_CREDENTIALS', 'Wrong password', [
          { field: 'password', message: 'is not the account password' },
        ]);
      }
      await UsersRepository.anonymise(em, caller.userId, ERASED_NAME, erasedAt);
      await addToOutbox(
        em,
        newEvent(
          IdentityEvents.consumerErased,
          1,
          { userId: caller.userId, erasedAt: erasedAt.toISOString() },
          erasedAt,
        ),
      );
    });
    this.versions.forget(caller.userId);
    this.logger.log({ message: 'consumer erased', userId: caller.userId });
    return {
      erasedAt: erasedAt.toISOString(),
      message:
        'The account is erased: name, phone, e-mail and password are gone here; addresses, slip images and review texts are removed from every service within moments. Orders keep their figures.',
    };
  }
}
