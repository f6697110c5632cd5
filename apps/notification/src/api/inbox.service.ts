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
  NotificationPageV1,
  NotificationPreferencesV1,
  UpdatePreferencesCommand,
} from '@app/contracts';
import { DomainError } from '@app/messaging';
import { NOTIFICATION_CONFIG } from '../config.js';
import type { NotificationConfig } from '../config.js';
import { defaultChannels } from '../rules/rules.js';
import { LineLinksRepository } from '../store/line-links.repository.js';
import { NotificationsRepository } from '../store/notifications.repository.js';
import { keysOf, Recipients } from '../store/recipients.repository.js';

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
    const items = await NotificationsRepository.page(this.ds.manager, keys, page, pageSize);
    const unread = await NotificationsRepository.countUnread(this.ds.manager, keys);
    return { items, unread };
  }

  /** Someone else's notification answers 404, as one that does not exist. */
  async markRead(caller: Caller, id: string): Promise<NotificationItemV1> {
    const read = await NotificationsRepository.markRead(this.ds.manager, id, keysOf(caller));
    if (!read) throw DomainError.notFound('Notification', id, 'id');
    return read;
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
      await Recipients.setOwnContact(em, caller.userId, cmd);
      for (const [kind, list] of Object.entries(cmd.channels ?? {}))
        await Recipients.choose(em, caller.userId, kind, list);
    });
    return this.preferences(caller);
  }

  /** The delivery log of one user (dla_admin): every notification of the last keepDays and each channel's outcome. */
  async deliveryLog(caller: Caller, userId: string): Promise<DeliveryLogV1> {
    if (!caller.roles.includes('dla_admin')) throw DomainError.forbidden('Only a DLA admin reads delivery logs');
    const producerId = await Recipients.producerOf(this.ds.manager, userId);
    const keys = keysOf({ userId, producerId: producerId ?? undefined });
    return { userId, items: await NotificationsRepository.log(this.ds.manager, keys) };
  }

  /** LINE Login, step 1: a single-use state that expires, and the authorize URL to send the browser to. */
  async startLineLink(caller: Caller): Promise<LineLinkStartV1> {
    const l = this.config.line;
    if (!l.loginChannelId)
      throw new DomainError('CONFLICT', 'LINE Login is not configured on this server: LINE cannot be linked here'); // not a passing fault: retrying changes nothing
    const state = randomBytes(24).toString('base64url');
    await LineLinksRepository.start(this.ds.manager, state, caller.userId, new Date(Date.now() + l.stateTtlMs));
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
    if (!(await LineLinksRepository.use(this.ds.manager, cmd.state, caller.userId)))
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
    await Recipients.linkLine(this.ds.manager, caller.userId, body.userId);
    return this.preferences(caller);
  }
}
