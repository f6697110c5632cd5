import type { SmsProvider } from '@app/sms';
import type { Channel, OutgoingMessage, SendResult } from './channel.js';

export class SmsChannel implements Channel {
  readonly name = 'sms' as const;
  constructor(private readonly provider: SmsProvider) {}

  send(m: OutgoingMessage): Promise<SendResult> {
    return this.provider.send(m.to, m.text);
  }
}
