import { isPermanent, SmsNotSentError } from './sms-sender.js';
import type { SmsMessage, SmsSender } from './sms-sender.js';

export interface ThaiBulkSmsOptions {
  /** default https://api-v2.thaibulksms.com/sms */
  url: string;
  apiKey: string;
  apiSecret: string;
  /** a sender name registered with the provider */
  sender: string;
  timeoutMs: number;
}

/**
 * ThaiBulkSMS, API v2 "Send SMS" (developer.thaibulksms.com): POST {url} with HTTP Basic authentication
 * (API key as user, API secret as password) and the body `{msisdn, message, sender}`; `msisdn` takes the
 * domestic form (0812345678) or 66…, comma-separated for several. It answers 201 with
 * `{remaining_credit, total_use_credit, credit_type, phone_number_list: [{number, message_id, used_credit}],
 * bad_phone_number_list: [{number, message}]}`; an error answers 4xx/5xx with `{error: {code, name, description}}`.
 * A number listed in bad_phone_number_list was not sent, so that is a failure too.
 */
export class ThaiBulkSmsSender implements SmsSender {
  constructor(private readonly options: ThaiBulkSmsOptions) {}

  async send(message: SmsMessage): Promise<string> {
    const { url, apiKey, apiSecret, sender, timeoutMs } = this.options;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${apiKey}:${apiSecret}`, 'utf8').toString('base64')}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ msisdn: message.to, message: message.text, sender }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      throw new SmsNotSentError(`SMS provider unreachable: ${(e as Error).message}`);
    }
    const body = (await res.json().catch(() => null)) as {
      bad_phone_number_list?: Array<{ number?: string; message?: string }>;
      phone_number_list?: Array<{ message_id?: string }>;
      error?: { description?: string };
    } | null;
    if (!res.ok)
      throw new SmsNotSentError(
        `SMS provider answered ${res.status}: ${body?.error?.description ?? 'no description'}`,
        isPermanent(res.status),
      );
    const bad = body?.bad_phone_number_list ?? [];
    if (bad.length)
      throw new SmsNotSentError(
        `SMS provider refused the number: ${bad.map((b) => b.message ?? 'bad number').join('; ')}`,
        true,
      );
    return `${res.status} message ${body?.phone_number_list?.[0]?.message_id ?? '(no id)'}`;
  }
}
