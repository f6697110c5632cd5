import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageQuery } from './paging.js';

/**
 * What the notification service tells, to whom. Consumers: their order's life; producers: what waits for
 * them. (LAO kinds, a batch sold out, a window closing and the daily summary need events no service
 * publishes yet: see docs/notifications.md.)
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

export interface NotificationItemV1 {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** a path of the web app (e.g. /orders/:id) */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPageV1 {
  items: NotificationItemV1[];
  unread: number;
}

export interface NotificationPreferencesV1 {
  language: Language;
  email: string | null;
  phone: string | null;
  lineLinked: boolean;
  /** per kind the channels besides in-app; the defaults where the user chose nothing */
  channels: Record<NotificationKind, NotificationChannel[]>;
}

export interface DeliveryLogEntryV1 {
  notificationId: string;
  kind: NotificationKind;
  createdAt: string;
  /** in-app: 'shown', or 'not_sent' with the reason (a template missing a value) */
  status: 'shown' | 'not_sent';
  reason: string | null;
  deliveries: Array<{ channel: NotificationChannel; status: 'queued' | 'sent' | 'failed' | 'merged'; attempts: number; answer: string | null; updatedAt: string }>;
}

export interface DeliveryLogV1 {
  userId: string;
  items: DeliveryLogEntryV1[];
}

export interface LineLinkStartV1 {
  authorizeUrl: string;
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

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Thai mobile number for SMS (0 and 9 digits); null removes it', example: '0812345678' })
  @IsOptional()
  @Matches(THAI_MOBILE, { message: 'phone must be a Thai mobile number such as 0812345678' })
  phone?: string | null;

  @ApiPropertyOptional({ description: 'per kind the channels besides in-app (line, sms, email); [] for in-app only', type: 'object', additionalProperties: { type: 'array', items: { type: 'string', enum: [...NOTIFICATION_CHANNELS] } } })
  @IsOptional()
  @IsObject({ message: 'channels must be an object of kind → channels' })
  channels?: Partial<Record<NotificationKind, NotificationChannel[]>>;
}

export class UpdatePreferencesCommand extends UpdatePreferencesBody {
  @IsOptional() @ValidateNested() @Type(() => ContactDto) contact?: ContactDto;
}

export class DeliveryLogQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'userId must be a UUID' })
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
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return { field: `channels.${kind}`, message: `is not a kind of notification (${NOTIFICATION_KINDS.join(', ')})` };
    if (!Array.isArray(list) || list.some((c) => !(NOTIFICATION_CHANNELS as readonly string[]).includes(c as string)) || new Set(list).size !== list.length) {
      return { field: `channels.${kind}`, message: `must be a list of distinct channels among ${NOTIFICATION_CHANNELS.join(', ')}` };
    }
  }
  return null;
}
