import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NOTIFICATION_CONFIG } from '../config.js';
import type { NotificationConfig } from '../config.js';
import { valuesOf } from '../rules/format.js';
import { channelsFor } from '../rules/rules.js';
import type { Intent } from '../rules/rules.js';
import { render } from '../rules/templates.js';
import { NotificationsRepository } from './notifications.repository.js';
import { reachable, Recipients } from './recipients.repository.js';

/**
 * Turns intents into notifications (in the caller's transaction: the event's inbox transaction, or the
 * reminder sweep's). The unique dedupe key makes each exactly once; a template missing a value stores
 * the notification as not sent, with the reason, and queues nothing.
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger('Notifier');

  constructor(@Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig) {}

  /**
   * `eventAt`: when the event behind the intents happened (none for the sweeps' own intents). An event
   * older than maxEventAgeMs is history (a new consumer reading its stream from the start): its
   * notifications are stored as not sent, with the reason, and nobody is told.
   */
  async notify(em: EntityManager, intents: Intent[], now: Date, eventAt?: string): Promise<number> {
    let created = 0;
    const stale = eventAt !== undefined && now.getTime() - new Date(eventAt).getTime() > this.config.maxEventAgeMs;
    for (const i of intents) {
      const reach = await Recipients.of(em, i.recipient);
      const link = i.link ? `${this.config.publicBaseUrl}${i.link}` : null;
      const r = render(i.kind, reach.language, valuesOf(i.facts, reach.language, link));
      const ok = 'title' in r && !stale;
      const reason = stale
        ? `event of ${eventAt} was ${Math.floor((now.getTime() - new Date(eventAt!).getTime()) / 3_600_000)} h old when first seen (more than ${this.config.maxEventAgeMs / 3_600_000} h): history, not sent`
        : 'title' in r
          ? null
          : `template ${i.kind} is missing ${r.missing.join(', ')}: not sent`;
      const id = await NotificationsRepository.insert(em, {
        dedupeKey: i.dedupeKey,
        recipient: i.recipient,
        kind: i.kind,
        orderId: i.orderId,
        language: reach.language,
        title: ok ? r.title : null,
        body: ok ? r.body : null,
        link: i.link,
        deadline: i.deadline,
        status: ok ? 'shown' : 'not_sent',
        reason,
        createdAt: now,
      });
      if (!id) continue;
      created++;
      if (stale) continue; // history: recorded, quietly
      if (!ok) {
        this.logger.warn({
          message: 'notification not sent: a template value is missing',
          kind: i.kind,
          recipient: i.recipient,
          orderId: i.orderId,
          missing: 'missing' in r ? r.missing : [],
        });
        continue;
      }
      const channels = channelsFor(i.kind, reach.chosen[i.kind], reachable(reach));
      for (const c of channels) await NotificationsRepository.queue(em, id, c, now);
    }
    return created;
  }
}
