import { SmsNotSentError } from '@app/sms';
import type { SmsSender } from '@app/sms';
import type { Channel, OutgoingMessage, SendResult } from './channel.js';

/** Notifications by SMS, through the same sender as the gateway's one-time codes (libs/sms). */
export class SmsChannel implements Channel {
  readonly name = 'sms' as const;
  constructor(private readonly sender: SmsSender) {}

  async send(m: OutgoingMessage): Promise<SendResult> {
    try {
      return { ok: true, permanent: false, answer: await this.sender.send({ to: m.to, text: m.text }) };
    } catch (e) {
      if (e instanceof SmsNotSentError) return { ok: false, permanent: e.permanent, answer: e.message };
      return { ok: false, permanent: false, answer: `not sent: ${(e as Error).message}` };
    }
  }
}
