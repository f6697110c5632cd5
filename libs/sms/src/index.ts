import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Sending a text message, behind one interface shared by the one-time codes (gateway) and the
 * notifications. `permanent` tells a caller not to retry: the provider refused the request itself (4xx
 * other than 429), so the same request would be refused again.
 */
export interface SmsResult {
  ok: boolean;
  permanent: boolean;
  /** what the provider answered (status and body, shortened) — kept in the delivery log */
  answer: string;
}

export interface SmsProvider {
  send(to: string, text: string): Promise<SmsResult>;
}

/** Development: every message appended as one JSON line {to, text, sentAt} to a file a person or a test reads. */
export class DevFileSmsProvider implements SmsProvider {
  constructor(private readonly file: string) {}

  async send(to: string, text: string): Promise<SmsResult> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify({ to, text, sentAt: new Date().toISOString() })}\n`);
    return { ok: true, permanent: false, answer: `written to ${this.file}` };
  }
}

export interface HttpSmsOptions {
  url: string;
  token: string;
  sender: string;
  timeoutMs: number;
}

/**
 * A provider reached over HTTPS: POST {to, text, sender} as JSON with a bearer token (the shape of the
 * usual Thai bulk-SMS gateways' JSON APIs; the URL, token and sender come from the environment).
 */
export class HttpSmsProvider implements SmsProvider {
  constructor(private readonly o: HttpSmsOptions) {}

  async send(to: string, text: string): Promise<SmsResult> {
    try {
      const res = await fetch(this.o.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.o.token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ to, text, sender: this.o.sender }),
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      const body = (await res.text()).slice(0, 500);
      return { ok: res.ok, permanent: isPermanent(res.status), answer: `${res.status} ${body}`.trim() };
    } catch (e) {
      return { ok: false, permanent: false, answer: `no answer: ${(e as Error).message}` };
    }
  }
}

/** A 4xx other than 408 / 429 is the request's fault: trying it again changes nothing. */
export function isPermanent(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}
