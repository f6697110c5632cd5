import { CommonConfig, commonConfig, Env, envBool, envInt, envString } from '@app/config';
import { loadSmsConfig } from '@app/sms';
import type { SmsConfig } from '@app/sms';

export interface NotificationConfig extends CommonConfig {
  /** absolute links in SMS, e-mail and LINE messages, and the opt-out link */
  publicBaseUrl: string;
  sweepIntervalMs: number;
  /** lets NotificationSubjects.runSweeps take an `asOf` time (tests only; never in production) */
  allowClockOverride: boolean;
  /** how long the notifications and their delivery log are kept */
  keepDays: number;
  /**
   * an event older than this when first seen (history a newly deployed consumer reads from the start of
   * a stream, or one held up for days) is recorded — what it tells is kept, its notification stored as
   * not sent with the reason — but nobody is told
   */
  maxEventAgeMs: number;
  /** the Bangkok hour the producer's daily summary of the last 24 hours' new reservations goes out */
  dailySummaryHour: number;
  /** how long before a batch's window closes its producer is reminded */
  windowClosingLeadMs: number;
  /** the day of the next month an LAO's monthly report is due */
  reportDueDay: number;
  /** how often the LAO admins' reminders ask reporting (at most) */
  laoCheckIntervalMs: number;
  /** how long a question to another service waits */
  rpcTimeoutMs: number;
  /** attempts of one channel before it falls back to the next */
  maxAttempts: number;
  retryBaseMs: number;
  httpTimeoutMs: number;
  /** the same provider and settings as the gateway's one-time codes (libs/sms: SMS_PROVIDER, SMS_LOG_PATH, SMS_API_*) */
  sms: SmsConfig;
  email: { smtpUrl: string | null; from: string };
  line: {
    channelToken: string | null;
    pushUrl: string;
    loginChannelId: string | null;
    loginChannelSecret: string | null;
    authorizeUrl: string;
    tokenUrl: string;
    profileUrl: string;
    /** where LINE sends the browser back (the web app's callback page) */
    redirectUri: string;
    stateTtlMs: number;
  };
}

export const NOTIFICATION_CONFIG = Symbol('NOTIFICATION_CONFIG');

export function loadNotificationConfig(env: Env): NotificationConfig {
  const base = envString(env, 'PUBLIC_BASE_URL', 'http://localhost:3000').replace(/\/+$/, '');
  return {
    ...commonConfig(env, 'notification'),
    publicBaseUrl: base,
    sweepIntervalMs: envInt(env, 'NOTIFICATION_SWEEP_INTERVAL_MS', 30_000, 100, 86_400_000),
    allowClockOverride: envBool(env, 'NOTIFICATION_ALLOW_CLOCK_OVERRIDE', false),
    keepDays: envInt(env, 'NOTIFICATION_KEEP_DAYS', 90, 1, 3650),
    maxEventAgeMs: envInt(env, 'NOTIFICATION_MAX_EVENT_AGE_HOURS', 48, 1, 24 * 365) * 3_600_000,
    dailySummaryHour: envInt(env, 'NOTIFICATION_DAILY_SUMMARY_HOUR', 18, 7, 20),
    windowClosingLeadMs: envInt(env, 'NOTIFICATION_WINDOW_CLOSING_LEAD_HOURS', 24, 1, 168) * 3_600_000,
    reportDueDay: envInt(env, 'NOTIFICATION_REPORT_DUE_DAY', 5, 1, 28),
    laoCheckIntervalMs: envInt(env, 'NOTIFICATION_LAO_CHECK_INTERVAL_MS', 3_600_000, 0, 86_400_000),
    rpcTimeoutMs: envInt(env, 'NOTIFICATION_RPC_TIMEOUT_MS', 10_000, 100, 120_000),
    maxAttempts: envInt(env, 'NOTIFICATION_MAX_ATTEMPTS', 4, 1, 20),
    retryBaseMs: envInt(env, 'NOTIFICATION_RETRY_BASE_MS', 60_000, 1, 86_400_000),
    httpTimeoutMs: envInt(env, 'NOTIFICATION_HTTP_TIMEOUT_MS', 10_000, 100, 120_000),
    sms: loadSmsConfig(env),
    email: {
      smtpUrl: env.SMTP_URL?.trim() || null,
      from: envString(env, 'MAIL_FROM', 'ของดีบ้านเรา <no-reply@localhost>'),
    },
    line: {
      channelToken: env.LINE_CHANNEL_ACCESS_TOKEN?.trim() || null,
      pushUrl: envString(env, 'LINE_PUSH_URL', 'https://api.line.me/v2/bot/message/push'),
      loginChannelId: env.LINE_LOGIN_CHANNEL_ID?.trim() || null,
      loginChannelSecret: env.LINE_LOGIN_CHANNEL_SECRET?.trim() || null,
      authorizeUrl: envString(env, 'LINE_AUTHORIZE_URL', 'https://access.line.me/oauth2/v2.1/authorize'),
      tokenUrl: envString(env, 'LINE_TOKEN_URL', 'https://api.line.me/oauth2/v2.1/token'),
      profileUrl: envString(env, 'LINE_PROFILE_URL', 'https://api.line.me/v2/profile'),
      redirectUri: envString(env, 'LINE_REDIRECT_URI', `${base}/me/line/callback`),
      stateTtlMs: envInt(env, 'LINE_STATE_TTL_SECONDS', 600, 10, 86_400) * 1000,
    },
  };
}
