import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Language, NotificationChannel } from '@app/contracts';
import { CHANNELS } from '../channels/channel.js';
import type { Channel } from '../channels/channel.js';
import { NOTIFICATION_CONFIG } from '../config.js';
import type { NotificationConfig } from '../config.js';
import { Periodic } from '@app/messaging';
import { dailySummary, windowClosingReminder } from '../rules/batch-rules.js';
import { lastBangkokHour, nextSendTime, reminderAt } from '../rules/manners.js';
import { depositReminder, fallbackChannel } from '../rules/rules.js';
import { BatchesSeen } from '../store/batches-seen.repository.js';
import { LaoReminders } from './lao-reminders.js';
import { LineLinksRepository } from '../store/line-links.repository.js';
import { Notifier } from '../store/notifier.js';
import { NotificationsRepository } from '../store/notifications.repository.js';
import type { DueDelivery } from '../store/notifications.repository.js';
import { OrdersSeen } from '../store/orders-seen.repository.js';
import { reachable, Recipients } from '../store/recipients.repository.js';
import type { Reach } from '../store/recipients.repository.js';

export interface SweepResultV1 {
  /** deposit reminders */
  reminders: number;
  /** the producers' reminders: windows closing, daily summaries */
  windowsClosing: number;
  dailySummaries: number;
  /** the LAO admins' reminders (reporting asked at most once per NOTIFICATION_LAO_CHECK_INTERVAL_MS) */
  reportsDue: number;
  flaggedSales: number;
  sent: number;
  failed: number;
  postponed: number;
  pruned: number;
}

/** a reminder is brought forward to 20:00 at most ~11 hours before its deadline */
const REMINDER_HORIZON_MS = 12 * 3600_000;

const OPT_OUT: Record<Language, string> = { th: 'เลิกรับหรือเปลี่ยนช่องทางแจ้งเตือน', en: 'Stop or change these messages' };
const MERGED: Record<Language, string> = { th: 'มีการแจ้งเตือน {n} เรื่อง', en: '{n} updates' };

/**
 * Time-driven work, with time passed in (a clock the tests control through notification.sweeps.run, as
 * the order service's sweeps): deposit reminders, sending due deliveries (quiet hours, one message per
 * user per order and channel per hour with later ones merged, retry with back-off, then fallback to the
 * next channel) and pruning after keepDays. Deliveries are claimed with FOR UPDATE SKIP LOCKED, so
 * replicas never send the same row twice.
 */
@Injectable()
export class Dispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private periodic?: Periodic;
  private readonly logger = new Logger('Dispatcher');
  private readonly channels: Map<NotificationChannel, Channel>;

  constructor(
    private readonly ds: DataSource,
    private readonly notifier: Notifier,
    private readonly laos: LaoReminders,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
    @Inject(CHANNELS) channels: Channel[],
  ) {
    this.channels = new Map(channels.map((c) => [c.name, c]));
  }

  onApplicationBootstrap(): void {
    this.periodic = Periodic.start(
      () => this.sweep(new Date()),
      this.config.sweepIntervalMs,
      this.logger,
      'notification sweep',
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.periodic?.stop();
  }

  async sweep(asOf: Date): Promise<SweepResultV1> {
    const reminders = await this.remind(asOf);
    const producers = await this.remindProducers(asOf);
    const laos = await this.laos.remind(asOf);
    const sent = await this.dispatch(asOf);
    const pruned = await this.prune(asOf);
    return { reminders, ...producers, ...laos, ...sent, pruned };
  }

  /** A batch's window closing within the lead time; the daily summary once its hour has passed (one per producer and day). */
  async remindProducers(asOf: Date): Promise<{ windowsClosing: number; dailySummaries: number }> {
    return this.ds.transaction(async (em) => {
      const closing = (await BatchesSeen.closingWithin(em, asOf, this.config.windowClosingLeadMs))
        .map(windowClosingReminder)
        .filter((i) => i !== null);
      const windowsClosing = await this.notifier.notify(em, closing, asOf);
      const end = lastBangkokHour(asOf, this.config.dailySummaryHour);
      const days = await BatchesSeen.reservationsBetween(em, new Date(end.at.getTime() - 86_400_000), end.at, end.day);
      const dailySummaries = await this.notifier.notify(
        em,
        days.map(dailySummary).filter((i) => i !== null),
        asOf,
      );
      return { windowsClosing, dailySummaries };
    });
  }

  async remind(asOf: Date): Promise<number> {
    return this.ds.transaction(async (em) => {
      const due = (await OrdersSeen.depositsDueWithin(em, asOf, REMINDER_HORIZON_MS)).filter(
        (o) => reminderAt(new Date(o.depositDeadline!)) <= asOf,
      );
      const intents = due.map(depositReminder).filter((i) => i !== null);
      return this.notifier.notify(em, intents, asOf);
    });
  }

  async dispatch(asOf: Date): Promise<{ sent: number; failed: number; postponed: number }> {
    const total = { sent: 0, failed: 0, postponed: 0 };
    for (let round = 0; round < 50; round++) {
      const r = await this.ds.transaction((em) => this.dispatchBatch(em, asOf));
      total.sent += r.sent;
      total.failed += r.failed;
      total.postponed += r.postponed;
      if (!r.claimed) break;
    }
    return total;
  }

  private async dispatchBatch(em: EntityManager, asOf: Date) {
    const rows = await NotificationsRepository.claimDue(em, asOf);
    const out = { claimed: rows.length, sent: 0, failed: 0, postponed: 0 };
    const groups = new Map<string, DueDelivery[]>();
    for (const r of rows) {
      const key = `${r.recipient}|${r.order_id ?? r.notification_id}|${r.channel}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const group of groups.values()) {
      const first = group[0];
      const ids = group.map((g) => g.id);
      const lastSent = first.order_id
        ? await NotificationsRepository.lastSent(em, first.recipient, first.order_id, first.channel)
        : null;
      const at = nextSendTime(
        asOf,
        group.map((g) => ({ notBefore: new Date(g.not_before), deadline: g.deadline ? new Date(g.deadline) : null })),
        lastSent,
      );
      if (at > asOf) {
        await NotificationsRepository.postpone(em, ids, at);
        out.postponed += group.length;
        continue;
      }
      const reach = await Recipients.of(em, first.recipient);
      const address = first.channel === 'line' ? reach.lineUserId : first.channel === 'sms' ? reach.phone : reach.email;
      const result = address
        ? await this.channels.get(first.channel)!.send({
            to: address,
            ...this.compose(group, first.channel, reach.language),
            retryKey: `delivery-${first.id}`,
          })
        : { ok: false, permanent: true, answer: `no ${first.channel} address for this user` };
      if (result.ok) {
        const answer =
          group.length > 1 ? `${result.answer} (one message for ${group.length} notifications)` : result.answer;
        await NotificationsRepository.sent(em, ids, asOf, answer);
        out.sent += group.length;
        continue;
      }
      const attempts = first.attempts + 1;
      if (!result.permanent && attempts < this.config.maxAttempts) {
        const retryAt = new Date(asOf.getTime() + this.config.retryBaseMs * 4 ** (attempts - 1));
        await NotificationsRepository.retryLater(em, ids, retryAt, result.answer);
        continue;
      }
      await NotificationsRepository.failed(em, ids, result.answer);
      out.failed += group.length;
      this.logger.warn({
        message: 'delivery failed; falling back',
        channel: first.channel,
        recipient: first.recipient,
        answer: result.answer,
      });
      for (const g of group) await this.fallBack(em, g.notification_id, reach, asOf);
    }
    return out;
  }

  private async fallBack(em: EntityManager, notificationId: string, reach: Reach, asOf: Date): Promise<void> {
    const tried = await NotificationsRepository.channelsTried(em, notificationId);
    const next = fallbackChannel(tried, reachable(reach));
    if (!next) return;
    await NotificationsRepository.queue(em, notificationId, next, asOf);
  }

  /** One text for a group (merged when several), with the opt-out link on SMS and e-mail. */
  private compose(
    group: DueDelivery[],
    channel: NotificationChannel,
    lang: Language,
  ): { subject: string; text: string } {
    const subject = group.length === 1 ? group[0].title : MERGED[lang].replace('{n}', String(group.length));
    const main =
      group.length === 1
        ? `${group[0].title}\n${group[0].body}`
        : `${subject}\n${group.map((g) => `• ${g.title}: ${g.body}`).join('\n')}`;
    const optOut =
      channel === 'line' ? '' : `\n\n${OPT_OUT[lang]}: ${this.config.publicBaseUrl}/me/notifications/settings`;
    return { subject, text: `${main}${optOut}` };
  }

  async prune(asOf: Date): Promise<number> {
    const cutoff = new Date(asOf.getTime() - this.config.keepDays * 86_400_000).toISOString();
    const pruned = await NotificationsRepository.pruneBefore(this.ds.manager, cutoff);
    await LineLinksRepository.pruneExpiredBefore(this.ds.manager, cutoff);
    // the summary reads one day back; a window long closed is no reminder
    await BatchesSeen.prune(this.ds.manager, new Date(asOf.getTime() - 3 * 86_400_000));
    return pruned;
  }
}
