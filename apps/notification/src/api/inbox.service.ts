import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { channelsProblem, NOTIFICATION_KINDS } from '@app/contracts';
import type {
  Caller,
  ContactDto,
  DeliveryLogV1,
  FinishLineLinkCommand,
  LineLinkStartV1,
  NotificationItemV1,
  NotificationKind,
  NotificationPageV1,
  NotificationPreferencesV1,
  UpdatePreferencesCommand,
} from '@app/contracts';
import { DomainError } from '@app/messaging';
import { NOTIFICATION_CONFIG } from '../config.js';
import type { NotificationConfig } from '../config.js';
import { defaultChannels } from '../rules/rules.js';
import { keysOf, Recipients } from '../store/recipients.js';

const item = (r: Record<string, any>): NotificationItemV1 => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: new Date(r.created_at).toISOString(),
  readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
});

/** What a user reads and chooses: the in-app list, read marks, channel preferences, the LINE link. */
@Injectable()
export class InboxService {
  constructor(
    private readonly ds: DataSource,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async list(caller: Caller, page = 1, pageSize = 20, contact?: ContactDto): Promise<NotificationPageV1> {
    await Recipients.sync(this.ds.manager, caller, contact);
    const keys = keysOf(caller);
    const rows = await this.ds.query(
      `SELECT id, kind, title, body, link, created_at, read_at FROM notifications WHERE recipient = ANY($1) AND status = 'shown'
        ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [keys, pageSize, (page - 1) * pageSize],
    );
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient = ANY($1) AND status = 'shown' AND read_at IS NULL`,
      [keys],
    );
    return { items: rows.map(item), unread: n };
  }

  /** Someone else's notification answers 404, as one that does not exist. */
  async markRead(caller: Caller, id: string): Promise<NotificationItemV1> {
    const [rows] = await this.ds.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient = ANY($2) AND status = 'shown'
       RETURNING id, kind, title, body, link, created_at, read_at`,
      [id, keysOf(caller)],
    );
    if (!rows.length) throw DomainError.notFound('Notification', id, 'id');
    return item(rows[0]);
  }

  async preferences(caller: Caller, contact?: ContactDto): Promise<NotificationPreferencesV1> {
    await Recipients.sync(this.ds.manager, caller, contact);
    const reach = await Recipients.of(this.ds.manager, `user:${caller.userId}`);
    const channels = Object.fromEntries(
      NOTIFICATION_KINDS.map((k) => [k, reach.chosen[k] ?? defaultChannels(k, reach)]),
    ) as NotificationPreferencesV1['channels'];
    return { language: reach.language, email: reach.email, phone: reach.phone, lineLinked: reach.lineLinked, channels };
  }

  async updatePreferences(caller: Caller, cmd: UpdatePreferencesCommand): Promise<NotificationPreferencesV1> {
    const problem = cmd.channels ? channelsProblem(cmd.channels) : null;
    if (problem) throw DomainError.validation(problem.field, problem.message);
    await this.ds.transaction(async (em) => {
      await Recipients.sync(em, caller, cmd.contact);
      const sets: string[] = [];
      const params: unknown[] = [caller.userId];
      if (cmd.language !== undefined) sets.push(`language = $${params.push(cmd.language)}`);
      if (cmd.email !== undefined) sets.push(`email = $${params.push(cmd.email)}`);
      if (cmd.phone !== undefined) sets.push(`phone = $${params.push(cmd.phone)}`);
      if (sets.length)
        await em.query(`UPDATE recipients SET ${sets.join(', ')}, updated_at = now() WHERE user_id = $1`, params);
      for (const [kind, list] of Object.entries(cmd.channels ?? {})) {
        await em.query(
          `INSERT INTO preferences (user_id, kind, channels) VALUES ($1, $2, $3) ON CONFLICT (user_id, kind) DO UPDATE SET channels = EXCLUDED.channels`,
          [caller.userId, kind, list],
        );
      }
    });
    return this.preferences(caller);
  }

  /** The delivery log of one user (dla_admin): every notification of the last keepDays and each channel's outcome. */
  async deliveryLog(caller: Caller, userId: string): Promise<DeliveryLogV1> {
    if (!caller.roles.includes('dla_admin')) throw DomainError.forbidden('Only a DLA admin reads delivery logs');
    const [r] = await this.ds.query(`SELECT producer_id FROM recipients WHERE user_id = $1`, [userId]);
    const keys = keysOf({ userId, producerId: r?.producer_id ?? undefined });
    const rows = await this.ds.query(
      `SELECT n.id, n.kind, n.created_at, n.status, n.reason,
              COALESCE(jsonb_agg(jsonb_build_object('channel', d.channel, 'status', d.status, 'attempts', d.attempts, 'answer', d.answer, 'updatedAt', d.updated_at) ORDER BY d.id)
                FILTER (WHERE d.id IS NOT NULL), '[]') AS deliveries
         FROM notifications n LEFT JOIN deliveries d ON d.notification_id = n.id
        WHERE n.recipient = ANY($1) GROUP BY n.id ORDER BY n.created_at DESC LIMIT 500`,
      [keys],
    );
    return {
      userId,
      items: rows.map((x: Record<string, any>) => ({
        notificationId: x.id,
        kind: x.kind as NotificationKind,
        createdAt: new Date(x.created_at).toISOString(),
        status: x.status,
        reason: x.reason,
        deliveries: x.deliveries.map((d: Record<string, any>) => ({
          ...d,
          updatedAt: new Date(d.updatedAt).toISOString(),
        })),
      })),
    };
  }

  /** LINE Login, step 1: a single-use state that expires, and the authorize URL to send the browser to. */
  async startLineLink(caller: Caller): Promise<LineLinkStartV1> {
    const l = this.config.line;
    if (!l.loginChannelId)
      throw new DomainError('CONFLICT', 'LINE Login is not configured on this server: LINE cannot be linked here'); // not a passing fault: retrying changes nothing
    const state = randomBytes(24).toString('base64url');
    await this.ds.query(`INSERT INTO line_link_states (state, user_id, expires_at) VALUES ($1, $2, $3)`, [
      state,
      caller.userId,
      new Date(Date.now() + l.stateTtlMs).toISOString(),
    ]);
    const q = new URLSearchParams({
      response_type: 'code',
      client_id: l.loginChannelId,
      redirect_uri: l.redirectUri,
      state,
      scope: 'profile openid',
    });
    return { authorizeUrl: `${l.authorizeUrl}?${q}` };
  }

  /**
   * LINE Login, step 2 (the callback): the state must be this user's, unused and unexpired (it is used up
   * here, whatever follows); the code is exchanged for a token, the token for the profile's userId.
   */
  async finishLineLink(caller: Caller, cmd: FinishLineLinkCommand): Promise<NotificationPreferencesV1> {
    const l = this.config.line;
    const [used] = await this.ds.query(
      `UPDATE line_link_states SET used_at = now() WHERE state = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING state`,
      [cmd.state, caller.userId],
    );
    if (!used.length)
      throw DomainError.validation(
        'state',
        'is not a LINE link this account started, or it expired or was already used; start again',
      );
    const token = await fetch(l.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: cmd.code,
        redirect_uri: l.redirectUri,
        client_id: l.loginChannelId ?? '',
        client_secret: l.loginChannelSecret ?? '',
      }),
      signal: AbortSignal.timeout(this.config.httpTimeoutMs),
    }).catch(() => null);
    if (!token || !token.ok)
      throw DomainError.validation('code', `LINE refused the code (${token?.status ?? 'no answer'}); start again`);
    const { access_token } = (await token.json()) as { access_token?: string };
    const profile = await fetch(l.profileUrl, {
      headers: { authorization: `Bearer ${access_token}` },
      signal: AbortSignal.timeout(this.config.httpTimeoutMs),
    }).catch(() => null);
    const body = profile?.ok ? ((await profile.json()) as { userId?: string }) : null;
    if (!body?.userId)
      throw new DomainError('SERVICE_UNAVAILABLE', 'LINE did not return the profile; try again shortly');
    await Recipients.sync(this.ds.manager, caller, undefined);
    await this.ds.query(`UPDATE recipients SET line_user_id = $2, updated_at = now() WHERE user_id = $1`, [
      caller.userId,
      body.userId,
    ]);
    return this.preferences(caller);
  }
}
