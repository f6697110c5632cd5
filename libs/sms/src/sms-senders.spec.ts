import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSmsConfig } from './sms-config.js';
import { createSmsSender } from './create-sms-sender.js';
import { LogSmsSender } from './log-sms-sender.js';
import { SmsNotSentError } from './sms-sender.js';
import { ThaiBulkSmsSender } from './thaibulksms-sender.js';

/**
 * A fake ThaiBulkSMS (API v2, POST /sms) that checks each request against the provider's documented shape:
 * HTTP Basic with the API key and secret, a JSON body {msisdn, message, sender}; it answers as documented
 * (201 with phone_number_list / bad_phone_number_list, 401 with {error}).
 */
function fakeThaiBulkSms(behaviour: 'ok' | 'bad-number' | 'unauthorized') {
  const received: Array<{ method?: string; url?: string; authorization?: string; contentType?: string; body: any }> =
    [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw);
    received.push({
      method: req.method,
      url: req.url,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    });
    const json = (status: number, b: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(b));
    if (
      req.headers.authorization !== `Basic ${Buffer.from('key-1:secret-1').toString('base64')}` ||
      behaviour === 'unauthorized'
    ) {
      return json(401, { error: { code: 104, name: 'UNAUTHORIZED', description: 'Invalid api key or api secret' } });
    }
    const numbers = String(body.msisdn).split(',');
    if (behaviour === 'bad-number')
      return json(201, {
        remaining_credit: 99,
        total_use_credit: 0,
        credit_type: 'standard',
        phone_number_list: [],
        bad_phone_number_list: numbers.map((number) => ({ number, message: 'Invalid phone number' })),
      });
    json(201, {
      remaining_credit: 98,
      total_use_credit: 1,
      credit_type: 'standard',
      phone_number_list: numbers.map((number, i) => ({ number, message_id: `m${i}`, used_credit: 1 })),
      bad_phone_number_list: [],
    });
  });
  return new Promise<{ url: string; received: typeof received; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
        received,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('SMS senders', () => {
  it('ThaiBulkSMS: sends {msisdn, message, sender} as JSON with HTTP Basic key:secret, configured from the environment', async () => {
    const fake = await fakeThaiBulkSms('ok');
    try {
      const config = loadSmsConfig({
        SMS_PROVIDER: 'thaibulksms',
        SMS_API_URL: fake.url,
        SMS_API_KEY: 'key-1',
        SMS_API_SECRET: 'secret-1',
        SMS_SENDER: 'KHONGDEE',
      });
      const sender = createSmsSender(config);
      expect(sender).toBeInstanceOf(ThaiBulkSmsSender);
      expect(await sender.send({ to: '0812345678', text: 'รหัสยืนยัน 123456' })).toBe('201 message m0');
      expect(fake.received).toEqual([
        {
          method: 'POST',
          url: '/sms',
          authorization: `Basic ${Buffer.from('key-1:secret-1').toString('base64')}`,
          contentType: 'application/json',
          body: { msisdn: '0812345678', message: 'รหัสยืนยัน 123456', sender: 'KHONGDEE' },
        },
      ]);
    } finally {
      await fake.close();
    }
  });

  it('ThaiBulkSMS: a refused number, bad credentials or no answer is an SmsNotSentError', async () => {
    const options = { apiKey: 'key-1', apiSecret: 'secret-1', sender: 'KHONGDEE', timeoutMs: 2000 };
    for (const behaviour of ['bad-number', 'unauthorized'] as const) {
      const fake = await fakeThaiBulkSms(behaviour);
      try {
        // both are refusals of the request itself: sending it again changes nothing
        await expect(
          new ThaiBulkSmsSender({ ...options, url: fake.url }).send({ to: '0812345678', text: 'x' }),
        ).rejects.toMatchObject({ name: 'SmsNotSentError', permanent: true });
      } finally {
        await fake.close();
      }
    }
    const unreachable = new ThaiBulkSmsSender({ ...options, url: 'http://127.0.0.1:9/sms' }).send({
      to: '0812345678',
      text: 'x',
    });
    await expect(unreachable).rejects.toBeInstanceOf(SmsNotSentError);
    await expect(unreachable).rejects.toMatchObject({ permanent: false }); // a later try may pass
  });

  it('the log provider (default) appends one JSON line {to, text, sentAt} per message; the real one needs its key, secret and sender', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sms-'));
    try {
      const path = join(dir, 'logs', 'sms.jsonl');
      const sender = createSmsSender(loadSmsConfig({ SMS_LOG_PATH: path }));
      expect(sender).toBeInstanceOf(LogSmsSender);
      await sender.send({ to: '0812345678', text: 'หนึ่ง' });
      await sender.send({ to: '0898765432', text: 'สอง' });
      const lines = readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toEqual([
        { to: '0812345678', text: 'หนึ่ง', sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
        { to: '0898765432', text: 'สอง', sentAt: expect.any(String) },
      ]);
      expect(loadSmsConfig({})).toEqual({
        provider: 'log',
        logPath: expect.stringMatching(/\.data\/logs\/sms\.jsonl$/),
      });
      expect(() => loadSmsConfig({ SMS_PROVIDER: 'thaibulksms', SMS_API_KEY: 'k' })).toThrow(/SMS_API_SECRET/);
      expect(() => loadSmsConfig({ SMS_PROVIDER: 'carrier-pigeon' })).toThrow(/SMS_PROVIDER/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
