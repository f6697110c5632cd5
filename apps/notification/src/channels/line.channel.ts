import { createHash } from 'node:crypto';
import { isPermanent } from '@app/sms';
import type { Channel, OutgoingMessage, SendResult } from './channel.js';

/** LINE's limit for one text message (counted in UTF-16 code units). */
export const LINE_TEXT_LIMIT = 5000;

/** A UUID derived from the delivery, so a retried push carries the same X-Line-Retry-Key. */
export function retryKeyUuid(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The Messaging API's push message: POST {to, messages: [{type: 'text', text}]} with the channel access token. */
export class LineChannel implements Channel {
  readonly name = 'line' as const;

  constructor(
    private readonly pushUrl: string,
    private readonly channelToken: string | null,
    private readonly timeoutMs: number,
  ) {}

  async send(m: OutgoingMessage): Promise<SendResult> {
    if (!this.channelToken)
      return { ok: false, permanent: true, answer: 'LINE is not configured (LINE_CHANNEL_ACCESS_TOKEN)' };
    const text = m.text.length > LINE_TEXT_LIMIT ? `${m.text.slice(0, LINE_TEXT_LIMIT - 1)}…` : m.text;
    try {
      const res = await fetch(this.pushUrl, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.channelToken}`,
          'content-type': 'application/json',
          'x-line-retry-key': retryKeyUuid(m.retryKey),
        },
        body: JSON.stringify({ to: m.to, messages: [{ type: 'text', text }] }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const body = (await res.text()).slice(0, 500);
      // 409 with a retry key: LINE accepted this very request before (our earlier attempt got no answer)
      if (res.status === 409) return { ok: true, permanent: false, answer: `409 already accepted ${body}`.trim() };
      return { ok: res.ok, permanent: isPermanent(res.status), answer: `${res.status} ${body}`.trim() };
    } catch (e) {
      return { ok: false, permanent: false, answer: `no answer: ${(e as Error).message}` };
    }
  }
}
