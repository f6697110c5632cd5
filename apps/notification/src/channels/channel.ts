import type { NotificationChannel } from '@app/contracts';

export interface OutgoingMessage {
  /** the address on this channel: a LINE user id, a phone, an e-mail address */
  to: string;
  subject: string;
  text: string;
  /** stable per delivery: lets a provider that supports it (LINE's X-Line-Retry-Key) drop a repeated send */
  retryKey: string;
}

export interface SendResult {
  ok: boolean;
  /** refused for good (a 4xx): no retry, fall back at once */
  permanent: boolean;
  answer: string;
}

/** One outside channel. Implementations never throw: a failure is a result, logged with its answer. */
export interface Channel {
  readonly name: NotificationChannel;
  send(m: OutgoingMessage): Promise<SendResult>;
}

export const CHANNELS = Symbol('CHANNELS');
