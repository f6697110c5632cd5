import { IsUuid } from './fields.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { ApiBool, ApiDateTime, ApiEnum, ApiInt, ApiString, ApiUuid } from './api-property.js';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from './paging.js';

/**
 * What the notification service tells, to whom. Consumers: their order's life and their place on a
 * waitlist; producers: what waits for them, their batches' windows and the day's new reservations; LAO
 * admins: the month's report due and flagged sales (docs/notifications.md).
 */
export const NOTIFICATION_KINDS = [
  'reservation_confirmed',
  'deposit_due_soon',
  'harvest_balance_due',
  'harvest_shortfall',
  'harvest_none',
  'harvest_recorded',
  'order_expired',
  'ready_for_pickup',
  'shipped',
  'refund_paid',
  'review_requested',
  'slip_submitted',
  'waitlisted',
  'waitlist_promoted',
  'batch_sold_out',
  'window_closing',
  'daily_summary',
  'report_due',
  'sales_flagged',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Channels a user may choose besides the in-app list (always on). */
export const NOTIFICATION_CHANNELS = ['line', 'sms', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const NotificationSubjects = {
  /** ListNotificationsCommand → NotificationPageV1 */
  list: 'notification.notifications.list',
  /** MarkReadCommand → NotificationItemV1 */
  markRead: 'notification.notifications.read',
  /** SyncContactCommand → NotificationPreferencesV1 */
  getPreferences: 'notification.preferences.get',
  /** UpdatePreferencesCommand → NotificationPreferencesV1 */
  updatePreferences: 'notification.preferences.update',
  /** DeliveryLogQuery → DeliveryLogV1 (dla_admin, or the LAO admin of a producer) */
  deliveryLog: 'notification.deliveries.list',
  /** SyncContactCommand → LineLinkStartV1: where to send the browser to link LINE */
  startLineLink: 'notification.line.start',
  /** FinishLineLinkCommand → NotificationPreferencesV1 */
  finishLineLink: 'notification.line.finish',
  /** internal: reminders, due deliveries and pruning now (tests may pass asOf when the service allows it) */
  runSweeps: 'notification.sweeps.run',
} as const;

export class NotificationItemV1 {
  @ApiUuid() id: string;
  @ApiEnum(NOTIFICATION_KINDS) kind: NotificationKind;
  @ApiString() title: string;
  @ApiString() body: string;
  /** a path of the web app (e.g. /orders/:id) */
  @ApiString({ nullable: true, description: 'a path of the web app' }) link: string | null;
  @ApiDateTime() createdAt: string;
  @ApiDateTime({ nullable: true }) readAt: string | null;
}

export class NotificationPageV1 {
  @ApiProperty({ type: () => [NotificationItemV1] }) items: NotificationItemV1[];
  @ApiInt('unread notifications in all pages') unread: number;
}

export class NotificationPreferencesV1 {
  @ApiEnum(LANGUAGES) language: Language;
  @ApiString({ nullable: true }) email: string | null;
  @ApiString({ nullable: true }) phone: string | null;
  @ApiBool() lineLinked: boolean;
  /** per kind the channels besides in-app; the defaults where the user chose nothing */
  @ApiProperty({
    type: 'object',
    description: 'per kind the channels besides in-app (always on)',
    properties: Object.fromEntries(
      NOTIFICATION_KINDS.map((k) => [
        k,
        { type: 'array', items: { type: 'string', enum: [...NOTIFICATION_CHANNELS] } },
      ]),
    ),
    required: [...NOTIFICATION_KINDS],
    selfRequired: true,
  } as ApiPropertyOptions)
  channels: Record<NotificationKind, NotificationChannel[]>;
}

export class DeliveryAttemptV1 {
  @ApiEnum(NOTIFICATION_CHANNELS) channel: NotificationChannel;
  @ApiEnum(['queued', 'sent', 'failed', 'merged']) status: 'queued' | 'sent' | 'failed' | 'merged';
  @ApiInt() attempts: number;
  @ApiString({ nullable: true }) answer: string | null;
  @ApiDateTime() updatedAt: string;
}

export class DeliveryLogEntryV1 {
  @ApiUuid() notificationId: string;
  @ApiEnum(NOTIFICATION_KINDS) kind: NotificationKind;
  @ApiDateTime() createdAt: string;
  /** in-app: 'shown', or 'not_sent' with the reason (a template missing a value) */
  @ApiEnum(['shown', 'not_sent']) status: 'shown' | 'not_sent';
  @ApiString({ nullable: true }) reason: string | null;
  @ApiProperty({ type: () => [DeliveryAttemptV1] }) deliveries: DeliveryAttemptV1[];
}

export class DeliveryLogV1 {
  @ApiUuid() userId: string;
  @ApiProperty({ type: () => [DeliveryLogEntryV1] }) items: DeliveryLogEntryV1[];
}

export class LineLinkStartV1 {
  @ApiString() authorizeUrl: string;
}

/** The account's contact as the gateway knows it, sent with each call so messages reach the latest phone. */
export class ContactDto {
  @IsOptional() @IsString() @MaxLength(20) phone?: string | null;
  @IsOptional() @IsString() @MaxLength(254) email?: string | null;
}

export class ListNotificationsQuery extends PageQuery {}

export class ListNotificationsCommand extends PageQuery {
  @IsOptional() @ValidateNested() @Type(() => ContactDto) contact?: ContactDto;
}

export class NotificationIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'id must be a notification id (UUID)' })
  id: string;
}

export class MarkReadCommand extends NotificationIdParams {}

export class SyncContactCommand {
  @IsOptional() @ValidateNested() @Type(() => ContactDto) contact?: ContactDto;
}

export const THAI_MOBILE = /^0[689]\d{8}$/;

/** PUT /me/notification-preferences: every field optional; a kind left out keeps its channels. */
export class UpdatePreferencesBody {
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'where e-mails go; null removes it' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Thai mobile number for SMS (0 and 9 digits); null removes it',
    example: '0812345678',
  })
  @IsOptional()
  @Matches(THAI_MOBILE, { message: 'phone must be a Thai mobile number such as 0812345678' })
  phone?: string | null;

  @ApiPropertyOptional({
    description: 'per kind the channels besides in-app (line, sms, email); [] for in-app only',
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string', enum: [...NOTIFICATION_CHANNELS] } },
  })
  @IsOptional()
  @IsObject({ message: 'channels must be an object of kind → channels' })
  channels?: Partial<Record<NotificationKind, NotificationChannel[]>>;
}

export class UpdatePreferencesCommand extends UpdatePreferencesBody {
  @IsOptional() @ValidateNested() @Type(() => ContactDto) contact?: ContactDto;
}

export class DeliveryLogQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUuid()
  userId: string;
}

export class FinishLineLinkCommand {
  @ApiProperty({ description: "the `state` LINE sent back (the one in this account's authorize URL)", maxLength: 200 })
  @IsString({ message: 'state is required' })
  @MaxLength(200)
  state: string;

  @ApiProperty({ description: 'the authorization `code` LINE sent back', maxLength: 2000 })
  @IsString({ message: 'code is required' })
  @MaxLength(2000)
  code: string;
}

export class RunNotificationSweepsCommand {
  @IsOptional() @IsISO8601({ strict: true }, { message: 'asOf must be an ISO 8601 time' }) asOf?: string;
}

/** Validates a channels map: known kinds, known channels, no repeats. Returns the error naming the field. */
export function channelsProblem(channels: Record<string, unknown>): { field: string; message: string } | null {
  for (const [kind, list] of Object.entries(channels)) {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind))
      return { field: `channels.${kind}`, message: `is not a kind of notification (${NOTIFICATION_KINDS.join(', ')})` };
    if (
      !Array.isArray(list) ||
      list.some((c) => !(NOTIFICATION_CHANNELS as readonly string[]).includes(c as string)) ||
      new Set(list).size !== list.length
    ) {
      return {
        field: `channels.${kind}`,
        message: `must be a list of distinct channels among ${NOTIFICATION_CHANNELS.join(', ')}`,
      };
    }
  }
  return null;
}
