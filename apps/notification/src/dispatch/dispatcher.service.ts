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
import type { Recipient } from '../rules/rules.js';
import { BatchesSeen } from '../store/batches-seen.js';
import { LaoReminders } from './lao-reminders.js';
import { Notifier } from '../store/notifier.js';
import { OrdersSeen } from '../store/orders-seen.js';
import { reachable, Recipients } from '../store/recipients.js';
import type { Reach } from '../store/recipients.js';

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

interface DueRow {
  id: string;
  notification_id: string;
  channel: NotificationChannel;
  attempts: number;
  not_before: Date;
  recipient: Recipient;
  order_id: string | null;
  title: string;
  body: string;
  language: Language;
  deadline: Date | null;
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
    const rows: DueRow[] = await em.query(
      `SELECT d.id, d.notification_id, d.channel, d.attempts, d.not_before, n.recipient, n.order_id, n.title, n.body, n.language, n.deadline
         FROM deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.status = 'queued' AND d.next_attempt_at <= $1
        ORDER BY d.id LIMIT 100 FOR UPDATE OF d SKIP LOCKED`,
      [asOf.toISOString()],
    );
    const out = { claimed: rows.length, sent: 0, failed: 0, postponed: 0 };
    const groups = new Map<string, DueRow[]>();
    for (const r of rows) {
      const key = `${r.recipient}|${r.order_id ?? r.notification_id}|${r.channel}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const group of groups.values()) {
      const first = group[0];
      const lastSent = first.order_id ? await this.lastSent(em, first.recipient, first.order_id, first.channel) : null;
      const at = nextSendTime(
        asOf,
        group.map((g) => ({ notBefore: new Date(g.not_before), deadline: g.deadline ? new Date(g.deadline) : null })),
        lastSent,
      );
      if (at > asOf) {
        await em.query(`UPDATE deliveries SET next_attempt_at = $2, updated_at = now() WHERE id = ANY($1::bigint[])`, [
          group.map((g) => g.id),
          at.toISOString(),
        ]);
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
        await em.query(
          `UPDATE deliveries SET status = 'sent', sent_at = $2, attempts = attempts + 1, answer = $3, updated_at = now() WHERE id = ANY($1::bigint[])`,
          [group.map((g) => g.id), asOf.toISOString(), answer],
        );
        out.sent += group.length;
        continue;
      }
      const attempts = first.attempts + 1;
      if (!result.permanent && attempts < this.config.maxAttempts) {
        const retryAt = new Date(asOf.getTime() + this.config.retryBaseMs * 4 ** (attempts - 1));
        await em.query(
          `UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = $2, answer = $3, updated_at = now() WHERE id = ANY($1::bigint[])`,
          [group.map((g) => g.id), retryAt.toISOString(), result.answer],
        );
        continue;
      }
      await em.query(
        `UPDATE deliveries SET status = 'failed', attempts = attempts + 1, answer = $2, updated_at = now() WHERE id = ANY($1::bigint[])`,
        [group.map((g) => g.id), result.answer],
      );
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
    const tried: NotificationChannel[] = (
      await em.query(`SELECT channel FROM deliveries WHERE notification_id = $1`, [notificationId])
    ).map((r: { channel: NotificationChannel }) => r.channel);
    const next = fallbackChannel(tried, reachable(reach));
    if (!next) return;
    await em.query(
      `INSERT INTO deliveries (notification_id, channel, status, not_before, next_attempt_at) VALUES ($1, $2, 'queued', $3, $3) ON CONFLICT DO NOTHING`,
      [notificationId, next, asOf.toISOString()],
    );
  }

  private async lastSent(em: EntityManager, recipient: string, orderId: string, channel: string): Promise<Date | null> {
    const [r] = await em.query(
      `SELECT max(d.sent_at) AS at FROM deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE n.recipient = $1 AND n.order_id = $2 AND d.channel = $3 AND d.status = 'sent'`,
      [recipient, orderId, channel],
    );
    return r?.at ? new Date(r.at) : null;
  }

  /** One text for a group (merged when several), with the opt-out link on SMS and e-mail. */
  private compose(group: DueRow[], channel: NotificationChannel, lang: Language): { subject: string; text: string } {
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
    const rows = await this.ds.query(`DELETE FROM notifications WHERE created_at < $1 RETURNING id`, [cutoff]);
    await this.ds.query(`DELETE FROM line_link_states WHERE expires_at < $1`, [cutoff]);
    // the summary reads one day back; a window long closed is no reminder
    await BatchesSeen.prune(this.ds.manager, new Date(asOf.getTime() - 3 * 86_400_000));
    return Array.isArray(rows[0]) ? rows[0].length : rows.length;
  }
}
