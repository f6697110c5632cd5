import type { EntityManager } from 'typeorm';
import type {
  AccountChangedV1,
  Caller,
  ContactDto,
  Language,
  NotificationChannel,
  NotificationKind,
} from '@app/contracts';
import type { Reachability, Recipient } from '../rules/rules.js';

/** How to reach one user, and what they chose. */
export interface Reach {
  userId: string | null;
  language: Language;
  phone: string | null;
  email: string | null;
  lineUserId: string | null;
  lineLinked: boolean;
  chosen: Partial<Record<NotificationKind, NotificationChannel[]>>;
}

/** A row of recipients, with the user's chosen channels per kind (`chosen`) as `of` reads it. */
interface RecipientRow {
  user_id: string;
  producer_id: string | null;
  role: string | null;
  lao_code: string | null;
  province_code: string | null;
  language: Language;
  account_phone: string | null;
  account_email: string | null;
  phone: string | null;
  email: string | null;
  line_user_id: string | null;
  account_changed_at: Date | null;
  updated_at: Date;
  chosen: Partial<Record<NotificationKind, NotificationChannel[]>>;
}

/** What a user changes of its own contact (undefined: unchanged; null: cleared). */
export interface OwnContact {
  language?: Language;
  email?: string | null;
  phone?: string | null;
}

/** The administrators of one LAO, as the LAO reminders address them. */
export interface LaoAdmins {
  laoCode: string;
  userIds: string[];
}

const NOBODY: Reach = {
  userId: null,
  language: 'th',
  phone: null,
  email: null,
  lineUserId: null,
  lineLinked: false,
  chosen: {},
};

/** The recipient keys whose in-app notifications a caller reads: its own, and its producer's. */
export function keysOf(caller: Pick<Caller, 'userId' | 'producerId'>): Recipient[] {
  return [`user:${caller.userId}`, ...(caller.producerId ? ([`producer:${caller.producerId}`] as Recipient[]) : [])];
}

/** The only code that reads and writes recipients and preferences. */
export const Recipients = {
  /** Keeps the account's contact as the gateway sent it (the user's own choices are kept apart); writes only a change. */
  async sync(
    em: EntityManager,
    caller: Pick<Caller, 'userId' | 'producerId'>,
    contact: ContactDto | undefined,
  ): Promise<void> {
    await em.query(
      `INSERT INTO recipients (user_id, producer_id, account_phone, account_email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET producer_id = EXCLUDED.producer_id,
         account_phone = COALESCE(EXCLUDED.account_phone, recipients.account_phone),
         account_email = COALESCE(EXCLUDED.account_email, recipients.account_email), updated_at = now()
       -- the bell asks every minute: a row that would not change is not written again (no dead tuple, no WAL)
       WHERE recipients.producer_id IS DISTINCT FROM EXCLUDED.producer_id
          OR (EXCLUDED.account_phone IS NOT NULL AND recipients.account_phone IS DISTINCT FROM EXCLUDED.account_phone)
          OR (EXCLUDED.account_email IS NOT NULL AND recipients.account_email IS DISTINCT FROM EXCLUDED.account_email)`,
      [caller.userId, caller.producerId ?? null, contact?.phone ?? null, contact?.email ?? null],
    );
  },

  /**
   * The account as identity.account_changed tells it (the whole contact: a null is no phone / e-mail).
   * Events of one login come in order on one stream; a redelivered older one still changes nothing.
   */
  async fromAccount(em: EntityManager, a: AccountChangedV1): Promise<void> {
    await em.query(
      `INSERT INTO recipients (user_id, producer_id, role, lao_code, province_code, account_phone, account_email, account_changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (user_id) DO UPDATE SET producer_id = EXCLUDED.producer_id, role = EXCLUDED.role, lao_code = EXCLUDED.lao_code,
         province_code = EXCLUDED.province_code, account_phone = EXCLUDED.account_phone, account_email = EXCLUDED.account_email,
         account_changed_at = EXCLUDED.account_changed_at, updated_at = now()
       WHERE recipients.account_changed_at IS NULL OR recipients.account_changed_at <= EXCLUDED.account_changed_at`,
      [a.userId, a.producerId, a.role, a.laoCode, a.provinceCode, a.phone, a.email, a.changedAt],
    );
  },

  /**
   * identity.consumer_erased: the service's copy of the person goes — contact, LINE id, choices, pending
   * LINE links, and the notifications and delivery log (the providers' answers may quote an address).
   */
  async erase(em: EntityManager, userId: string): Promise<void> {
    await em.query(`DELETE FROM recipients WHERE user_id = $1`, [userId]);
    await em.query(`DELETE FROM preferences WHERE user_id = $1`, [userId]);
    await em.query(`DELETE FROM line_link_states WHERE user_id = $1`, [userId]);
    await em.query(`DELETE FROM notifications WHERE recipient = $1`, [`user:${userId}`]);
  },

  async of(em: EntityManager, recipient: Recipient): Promise<Reach> {
    const [type, id] = recipient.split(':');
    const rows: RecipientRow[] = await em.query(
      `SELECT r.*, COALESCE((SELECT jsonb_object_agg(p.kind, p.channels) FROM preferences p WHERE p.user_id = r.user_id), '{}') AS chosen
         FROM recipients r WHERE ${type === 'user' ? 'r.user_id' : 'r.producer_id'} = $1 ORDER BY r.updated_at DESC LIMIT 1`,
      [id],
    );
    if (!rows.length) return NOBODY;
    const r = rows[0];
    const phone = r.phone ?? r.account_phone;
    const email = r.email ?? r.account_email;
    return {
      userId: r.user_id,
      language: r.language,
      phone,
      email,
      lineUserId: r.line_user_id,
      lineLinked: !!r.line_user_id,
      chosen: r.chosen,
    };
  },

  /** The user's own contact and language, beside the account's (only what the command names). */
  async setOwnContact(em: EntityManager, userId: string, c: OwnContact): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [userId];
    if (c.language !== undefined) sets.push(`language = $${params.push(c.language)}`);
    if (c.email !== undefined) sets.push(`email = $${params.push(c.email)}`);
    if (c.phone !== undefined) sets.push(`phone = $${params.push(c.phone)}`);
    if (sets.length)
      await em.query(`UPDATE recipients SET ${sets.join(', ')}, updated_at = now() WHERE user_id = $1`, params);
  },

  /** The channels the user chose for one kind of notification. */
  async choose(em: EntityManager, userId: string, kind: string, channels: NotificationChannel[]): Promise<void> {
    await em.query(
      `INSERT INTO preferences (user_id, kind, channels) VALUES ($1, $2, $3) ON CONFLICT (user_id, kind) DO UPDATE SET channels = EXCLUDED.channels`,
      [userId, kind, channels],
    );
  },

  /** The LINE user the user's LINE Login answered. */
  async linkLine(em: EntityManager, userId: string, lineUserId: string): Promise<void> {
    await em.query(`UPDATE recipients SET line_user_id = $2, updated_at = now() WHERE user_id = $1`, [
      userId,
      lineUserId,
    ]);
  },

  /** The producer the user acts for, as last told; null when none or the user is unknown. */
  async producerOf(em: EntityManager, userId: string): Promise<string | null> {
    const [r]: Array<{ producer_id: string | null }> = await em.query(
      `SELECT producer_id FROM recipients WHERE user_id = $1`,
      [userId],
    );
    return r?.producer_id ?? null;
  },

  /** Every LAO with an administrator this service knows of, in code order, its administrators in id order. */
  async laoAdmins(em: EntityManager): Promise<LaoAdmins[]> {
    const rows: Array<{ lao_code: string; users: string[] }> = await em.query(
      `SELECT lao_code, array_agg(user_id::text ORDER BY user_id) AS users FROM recipients WHERE role = 'lao_admin' AND lao_code IS NOT NULL GROUP BY lao_code ORDER BY lao_code`,
    );
    return rows.map((r) => ({ laoCode: r.lao_code, userIds: r.users }));
  },
};

/** Reachability booleans of a Reach (the rules take booleans, the sender the addresses). */
export function reachable(r: Reach): Reachability {
  return { lineLinked: !!r.lineUserId, phone: !!r.phone, email: !!r.email };
}
