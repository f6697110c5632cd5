import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Captured {
  sms: Array<{ to: string; text: string; sender: string }>;
  line: Array<{ to: string; text: string; retryKey: string }>;
  mail: Array<{ to: string; raw: string }>;
  /** requests a fake refused, with why: the test asserts this stays empty */
  refused: string[];
  /** make the SMS provider answer this status (once per entry) */
  smsFailures: number[];
}

/** The credentials the fakes take (LINE channel token, SMS API token, LINE Login code) and the LINE user id they answer. */
export function fakeTokens(lineUserId: string) {
  return { line: 'line-channel-token', sms: 'sms-api-token', loginCode: 'line-login-code', lineUserId };
}

/**
 * Local stand-ins for the outside providers, checking each request as the provider's documentation says:
 * LINE push (Bearer channel token, JSON {to, messages: 1–5 of {type: 'text', text ≤ 5,000}}, a UUID
 * X-Line-Retry-Key), LINE Login token (form-encoded authorization_code grant) and profile (Bearer), and
 * the SMS provider (ThaiBulkSMS API v2: Basic key:secret, JSON {msisdn, message, sender}).
 */
export async function startFakes(tokens: { line: string; sms: string; loginCode: string; lineUserId: string }) {
  const c: Captured = { sms: [], line: [], mail: [], refused: [], smsFailures: [] };
  const http = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const refuse = (status: number, why: string) => {
        c.refused.push(`${req.url}: ${why}`);
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message: why }));
      };
      const json = () => {
        if (!String(req.headers['content-type']).startsWith('application/json')) return null;
        try {
          return JSON.parse(raw);
        } catch {
          return null;
        }
      };
      if (req.method === 'POST' && req.url === '/v2/bot/message/push') {
        if (req.headers.authorization !== `Bearer ${tokens.line}`) return refuse(401, 'bad channel token');
        const key = String(req.headers['x-line-retry-key'] ?? '');
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key))
          return refuse(400, 'X-Line-Retry-Key must be a UUID');
        const b = json();
        if (
          !b ||
          typeof b.to !== 'string' ||
          !Array.isArray(b.messages) ||
          b.messages.length < 1 ||
          b.messages.length > 5
        )
          return refuse(400, 'body must be {to, messages[1..5]}');
        for (const m of b.messages) {
          if (m.type !== 'text' || typeof m.text !== 'string' || !m.text.length)
            return refuse(400, 'a text message needs type text and text');
          if (m.text.length > 5000) return refuse(400, 'text is longer than 5000 characters');
        }
        c.line.push({ to: b.to, text: b.messages.map((m: { text: string }) => m.text).join('\n'), retryKey: key });
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"sentMessages":[{"id":"1"}]}');
      }
      if (req.method === 'POST' && req.url === '/oauth2/v2.1/token') {
        const f = new URLSearchParams(raw);
        if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
          return refuse(400, 'token request must be form-encoded');
        if (
          f.get('grant_type') !== 'authorization_code' ||
          !f.get('redirect_uri') ||
          !f.get('client_id') ||
          !f.get('client_secret')
        )
          return refuse(400, 'missing token parameters');
        if (f.get('code') !== tokens.loginCode)
          return res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_grant"}');
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ access_token: 'user-access-token', token_type: 'Bearer', expires_in: 2592000 }));
      }
      if (req.method === 'GET' && req.url === '/v2/profile') {
        if (req.headers.authorization !== 'Bearer user-access-token') return refuse(401, 'bad user token');
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ userId: tokens.lineUserId, displayName: 'สมชาย' }));
      }
      if (req.method === 'POST' && req.url === '/sms') {
        // ThaiBulkSMS API v2 "Send SMS": HTTP Basic (API key:secret), JSON {msisdn, message, sender}; 201 with phone_number_list
        if (req.headers.authorization !== `Basic ${Buffer.from(`${tokens.sms}:sms-secret`).toString('base64')}`)
          return refuse(401, 'bad SMS key or secret');
        if (!String(req.headers['content-type']).startsWith('application/json'))
          return refuse(415, 'SMS body must be JSON');
        const b = json();
        if (
          !b ||
          !/^0\d{9}$/.test(b.msisdn) ||
          typeof b.message !== 'string' ||
          !b.message ||
          typeof b.sender !== 'string'
        )
          return refuse(400, 'body must be {msisdn, message, sender}');
        const fail = c.smsFailures.shift();
        if (fail)
          return res
            .writeHead(fail, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: { code: fail, name: 'ERROR', description: `provider says ${fail}` } }));
        c.sms.push({ to: b.msisdn, text: b.message, sender: b.sender });
        return res.writeHead(201, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            remaining_credit: 99,
            total_use_credit: 1,
            credit_type: 'standard',
            phone_number_list: [{ number: b.msisdn, message_id: 'm1', used_credit: 1 }],
            bad_phone_number_list: [],
          }),
        );
      }
      refuse(404, `${req.method} ${req.url} is not a provider route`);
    });
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (d) => (raw += d));
      stream.on('end', () => {
        c.mail.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  return {
    captured: c,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMS_PROVIDER: 'thaibulksms',
      SMS_API_URL: `${httpUrl}/sms`,
      SMS_API_KEY: tokens.sms,
      SMS_API_SECRET: 'sms-secret',
      SMS_SENDER: 'KHONGDEE',
      LINE_CHANNEL_ACCESS_TOKEN: tokens.line,
      LINE_PUSH_URL: `${httpUrl}/v2/bot/message/push`,
      LINE_LOGIN_CHANNEL_ID: '1650000000',
      LINE_LOGIN_CHANNEL_SECRET: 'line-login-secret',
      LINE_AUTHORIZE_URL: `${httpUrl}/oauth2/v2.1/authorize`,
      LINE_TOKEN_URL: `${httpUrl}/oauth2/v2.1/token`,
      LINE_PROFILE_URL: `${httpUrl}/v2/profile`,
    },
    close: async () => {
      await new Promise((r) => http.close(r));
      await new Promise<void>((r) => smtp.close(() => r()));
    },
  };
}

/** The text of a captured e-mail (quoted-printable / base64 bodies decoded well enough to search). */
export function mailText(raw: string): string {
  const [, body = ''] =
    raw.split(/\r?\n\r?\n/, 2).length === 2 ? [null, raw.slice(raw.search(/\r?\n\r?\n/))] : [null, raw];
  if (/Content-Transfer-Encoding: base64/i.test(raw))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(raw)) {
    return Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  }
  return body;
}
