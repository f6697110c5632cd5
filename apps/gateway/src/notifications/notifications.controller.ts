import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  DeliveryLogQuery,
  FinishLineLinkCommand,
  ListNotificationsQuery,
  NotificationIdParams,
  NotificationSubjects,
  UpdatePreferencesBody,
} from '@app/contracts';
import {
  DeliveryLogV1,
  LineLinkStartV1,
  NotificationItemV1,
  NotificationPageV1,
  NotificationPreferencesV1,
} from '@app/contracts';
import type { ContactDto } from '@app/contracts';
import { Act, Read, Replace } from '../http/endpoint.js';
import { Ctx, Roles } from '../identity/auth.guard.js';
import { IdentityService } from '../identity/identity.service.js';
import { ServiceClient } from '../rpc/service-client.js';
import type { RequestContext } from '../rpc/service-client.js';

/**
 * The signed-in user's notifications and how they want them. The account's phone and e-mail live here
 * (identity), so the gateway sends them along: messages reach the latest ones.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly identity: IdentityService,
  ) {}

  private async contact(ctx: RequestContext): Promise<ContactDto> {
    const me = await this.identity.me(ctx.caller!);
    return { phone: me.phone ?? null, email: me.email ?? null };
  }

  @Read('me/notifications', {
    summary: 'My notifications, newest first, with the number unread',
    type: NotificationPageV1,
  })
  async list(@Query() q: ListNotificationsQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<NotificationPageV1>(
      NotificationSubjects.list,
      { page: q.page ?? 1, pageSize: q.pageSize ?? 20, contact: await this.contact(ctx) },
      ctx,
    );
  }

  @Act('me/notifications/:id/read', {
    summary: "Mark one of my notifications read (someone else's answers 404)",
    type: NotificationItemV1,
  })
  read(@Param() p: NotificationIdParams, @Ctx() ctx: RequestContext) {
    return this.services.call<NotificationItemV1>(NotificationSubjects.markRead, { id: p.id }, ctx);
  }

  @Read('me/notification-preferences', {
    summary: 'My channels per kind (defaults: in-app always; LINE if linked, else SMS for money and pickup)',
    type: NotificationPreferencesV1,
  })
  async preferences(@Ctx() ctx: RequestContext) {
    return this.services.call<NotificationPreferencesV1>(
      NotificationSubjects.getPreferences,
      { contact: await this.contact(ctx) },
      ctx,
    );
  }

  @Replace('me/notification-preferences', {
    summary:
      'Change my language, e-mail, phone for SMS, or channels per kind; a bad e-mail or phone is a 400 naming the field',
    type: NotificationPreferencesV1,
  })
  async update(@Body() body: UpdatePreferencesBody, @Ctx() ctx: RequestContext) {
    return this.services.call<NotificationPreferencesV1>(
      NotificationSubjects.updatePreferences,
      { ...body, contact: await this.contact(ctx) },
      ctx,
    );
  }

  @Act('me/line-link', {
    summary: 'Start linking LINE (LINE Login): where to send the browser; the state in it is single-use and expires',
    type: LineLinkStartV1,
  })
  startLine(@Ctx() ctx: RequestContext) {
    return this.services.call<LineLinkStartV1>(NotificationSubjects.startLineLink, {}, ctx);
  }

  @Act('me/line-link/callback', {
    summary:
      "Finish linking LINE with LINE's `state` and `code`; a wrong, expired or replayed state is a 400 naming `state`",
    type: NotificationPreferencesV1,
  })
  finishLine(@Body() body: FinishLineLinkCommand, @Ctx() ctx: RequestContext) {
    return this.services.call<NotificationPreferencesV1>(NotificationSubjects.finishLineLink, body, ctx);
  }

  @Read('admin/users/:userId/deliveries', {
    summary:
      "A user's notifications of the last 90 days and each channel's outcome (queued / sent / failed with the provider's answer)",
    type: DeliveryLogV1,
  })
  @Roles('dla_admin')
  deliveries(@Param() p: DeliveryLogQuery, @Ctx() ctx: RequestContext) {
    return this.services.call<DeliveryLogV1>(NotificationSubjects.deliveryLog, { userId: p.userId }, ctx);
  }
}
