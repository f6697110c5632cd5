import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type {
  DeliveryAttemptV1,
  DeliveryLogEntryV1,
  Language,
  NotificationChannel,
  NotificationItemV1,
  NotificationKind,
} from '@app/contracts';
import { returning } from '@app/persistence';
import type { Recipient } from '../rules/rules.js';

/** A notification as the notifier stores it (title and body null when it is not sent). */
export interface NewNotification {
  dedupeKey: string;
  recipient: Recipient;
  kind: NotificationKind;
  orderId: string | null;
  language: Language;
  title: string | null;
  body: string | null;
  link: string | null;
  deadline: string | null;
  status: 'shown' | 'not_sent';
  reason: string | null;
  createdAt: Date;
}

/** A queued delivery due now, with what its notification says (dispatch). */
export interface DueDelivery {
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

/** The columns of an in-app notification the user reads. */
const ITEM = `id, kind, title, body, link, created_at, read_at`;

interface ItemRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

const toItem = (r: ItemRow): NotificationItemV1 => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: new Date(r.created_at).toISOString(),
  readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
});

interface LogRow {
  id: string;
  kind: NotificationKind;
  created_at: Date;
  status: DeliveryLogEntryV1['status'];
  reason: string | null;
  /** jsonb: updatedAt as PostgreSQL writes a timestamptz in JSON */
  deliveries: DeliveryAttemptV1[];
}

/** The only code that reads and writes notifications and their deliveries. */
export const NotificationsRepository = {
  /** Stores the notification unless its dedupe key is taken; its id, or null when it existed already. */
  async insert(em: EntityManager, n: NewNotification): Promise<string | null> {
    const rows: Array<{ id: string }> = await em.query(
      `INSERT INTO notifications (id, dedupe_key, recipient, kind, order_id, language, title, body, link, deadline, status, reason, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        n.dedupeKey,
        n.recipient,
        n.kind,
        n.orderId,
        n.language,
        n.title,
        n.body,
        n.link,
        n.deadline,
        n.status,
        n.reason,
        n.createdAt.toISOString(),
      ],
    );
    return rows[0]?.id ?? null;
  },

  /** Queues the notification on a channel from `at` (once per channel). */
  async queue(em: EntityManager, notificationId: string, channel: NotificationChannel, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO deliveries (notification_id, channel, status, not_before, next_attempt_at) VALUES ($1, $2, 'queued', $3, $3) ON CONFLICT DO NOTHING`,
      [notificationId, channel, at.toISOString()],
    );
  },

  /** One page of the shown notifications of these recipients, newest first. */
  async page(em: EntityManager, keys: Recipient[], page: number, pageSize: number): Promise<NotificationItemV1[]> {
    const rows: ItemRow[] = await em.query(
      `SELECT ${ITEM} FROM notifications WHERE recipient = ANY($1) AND status = 'shown'
        ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [keys, pageSize, (page - 1) * pageSize],
    );
    return rows.map(toItem);
  },

  async countUnread(em: EntityManager, keys: Recipient[]): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await em.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient = ANY($1) AND status = 'shown' AND read_at IS NULL`,
      [keys],
    );
    return n;
  },

  /** Marks a shown notification of these recipients read (the first time only); null when there is none. */
  async markRead(em: EntityManager, id: string, keys: Recipient[]): Promise<NotificationItemV1 | null> {
    const [row] = await returning<ItemRow>(
      em,
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient = ANY($2) AND status = 'shown'
       RETURNING ${ITEM}`,
      [id, keys],
    );
    return row ? toItem(row) : null;
  },

  /** The latest 500 notifications of these recipients, each with every channel's outcome. */
  async log(em: EntityManager, keys: Recipient[]): Promise<DeliveryLogEntryV1[]> {
    const rows: LogRow[] = await em.query(
      `SELECT n.id, n.kind, n.created_at, n.status, n.reason,
              COALESCE(jsonb_agg(jsonb_build_object('channel', d.channel, 'status', d.status, 'attempts', d.attempts, 'answer', d.answer, 'updatedAt', d.updated_at) ORDER BY d.id)
                FILTER (WHERE d.id IS NOT NULL), '[]') AS deliveries
         FROM notifications n LEFT JOIN deliveries d ON d.notification_id = n.id
        WHERE n.recipient = ANY($1) GROUP BY n.id ORDER BY n.created_at DESC LIMIT 500`,
      [keys],
    );
    return rows.map((x) => ({
      notificationId: x.id,
      kind: x.kind,
      createdAt: new Date(x.created_at).toISOString(),
      status: x.status,
      reason: x.reason,
      deliveries: x.deliveries.map((d) => ({ ...d, updatedAt: new Date(d.updatedAt).toISOString() })),
    }));
  },

  /** Up to 100 queued deliveries due at asOf, claimed for the caller's transaction (SKIP LOCKED: replicas never share one). */
  async claimDue(em: EntityManager, asOf: Date): Promise<DueDelivery[]> {
    return em.query(
      `SELECT d.id, d.notification_id, d.channel, d.attempts, d.not_before, n.recipient, n.order_id, n.title, n.body, n.language, n.deadline
         FROM deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.status = 'queued' AND d.next_attempt_at <= $1
        ORDER BY d.id LIMIT 100 FOR UPDATE OF d SKIP LOCKED`,
      [asOf.toISOString()],
    );
  },

  /** When the recipient was last sent something about the order on the channel; null if never. */
  async lastSent(em: EntityManager, recipient: string, orderId: string, channel: string): Promise<Date | null> {
    const [r]: Array<{ at: Date | null }> = await em.query(
      `SELECT max(d.sent_at) AS at FROM deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE n.recipient = $1 AND n.order_id = $2 AND d.channel = $3 AND d.status = 'sent'`,
      [recipient, orderId, channel],
    );
    return r?.at ? new Date(r.at) : null;
  },

  /** The channels the notification was queued on so far. */
  async channelsTried(em: EntityManager, notificationId: string): Promise<NotificationChannel[]> {
    const rows: Array<{ channel: NotificationChannel }> = await em.query(
      `SELECT channel FROM deliveries WHERE notification_id = $1`,
      [notificationId],
    );
    return rows.map((r) => r.channel);
  },

  /** Not yet (quiet hours, one message an hour): the deliveries wait until `at`. */
  async postpone(em: EntityManager, ids: string[], at: Date): Promise<void> {
    await em.query(`UPDATE deliveries SET next_attempt_at = $2, updated_at = now() WHERE id = ANY($1::bigint[])`, [
      ids,
      at.toISOString(),
    ]);
  },

  async sent(em: EntityManager, ids: string[], at: Date, answer: string): Promise<void> {
    await em.query(
      `UPDATE deliveries SET status = 'sent', sent_at = $2, attempts = attempts + 1, answer = $3, updated_at = now() WHERE id = ANY($1::bigint[])`,
      [ids, at.toISOString(), answer],
    );
  },

  /** A passing failure: tried again at `retryAt`. */
  async retryLater(em: EntityManager, ids: string[], retryAt: Date, answer: string): Promise<void> {
    await em.query(
      `UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = $2, answer = $3, updated_at = now() WHERE id = ANY($1::bigint[])`,
      [ids, retryAt.toISOString(), answer],
    );
  },

  async failed(em: EntityManager, ids: string[], answer: string): Promise<void> {
    await em.query(
      `UPDATE deliveries SET status = 'failed', attempts = attempts + 1, answer = $2, updated_at = now() WHERE id = ANY($1::bigint[])`,
      [ids, answer],
    );
  },

  /** Deletes the notifications created before the cutoff (their deliveries go with them); how many went. */
  async pruneBefore(em: EntityManager, cutoff: string): Promise<number> {
    return (
      await returning<{ id: string }>(em, `DELETE FROM notifications WHERE created_at < $1 RETURNING id`, [cutoff])
    ).length;
  },
};
