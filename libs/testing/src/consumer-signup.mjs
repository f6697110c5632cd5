// The one helper that signs a consumer up as a person would: POST /auth/register, read the code the
// development SMS provider wrote to its log (SMS_LOG_PATH: one JSON line {to, text, sentAt} per message),
// POST /auth/verify-phone. Plain JavaScript so that the jest suites (through TestSystem.registerConsumer)
// and the scripts (seed, fuzz, faults, check-web) share it.
import { readFile } from 'node:fs/promises';

/**
 * The environment of a system whose consumers sign up through this helper on one machine: the development
 * SMS provider writing to `smsLogPath`, throttles loose (every request comes from this machine; the throttle
 * suite sets its own limits).
 */
export function localSignupEnv(smsLogPath) {
  return {
    SMS_PROVIDER: 'log',
    SMS_LOG_PATH: smsLogPath,
    SMS_MIN_GAP_SECONDS: '0',
    SMS_MAX_PER_PHONE: '1000',
    SMS_MAX_PER_IP: '1000000',
    PHONE_CODE_CHECKS_PER_IP: '1000000',
  };
}

/** Every message in the SMS log, oldest first ([] before the first one). */
export async function readSmsLog(path) {
  const text = await readFile(path, 'utf8').catch((e) => (e.code === 'ENOENT' ? '' : Promise.reject(e)));
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/**
 * The 6-digit code in the first message to `phone` after the first `after` lines of the log, waiting for
 * it (polling, up to timeoutMs). `after`: the log's length before the request that sends it.
 */
export async function codeSentTo(path, phone, { after = 0, timeoutMs = 15_000 } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const msg = (await readSmsLog(path)).slice(after).find((m) => m.to === phone && /\b\d{6}\b/.test(m.text));
    if (msg) return /\b(\d{6})\b/.exec(msg.text)[1];
    if (Date.now() > until) throw new Error(`no code was sent to ${phone} (SMS log ${path})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function post(baseUrl, path, body, ip) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(ip ? { 'x-forwarded-for': ip } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const json = await res.json().catch(() => null);
  return { status: res.status, body: json };
}

export const randomPhone = () => `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/**
 * Registers a consumer and verifies its phone with the code from the SMS log. Returns the login answer
 * (accessToken, expiresIn, user) with the credentials used. Throws with the status and body on refusal.
 * `ip`: sent as X-Forwarded-For (for a gateway that trusts it: per-address throttles).
 */
export async function signUpConsumer(
  baseUrl,
  smsLogPath,
  { name = 'ผู้ซื้อทดสอบ', phone = randomPhone(), password = 'consumer-pass-1', email, ip } = {},
) {
  const after = (await readSmsLog(smsLogPath)).length;
  const reg = await post(
    baseUrl,
    '/auth/register',
    email ? { name, phone, password, email } : { name, phone, password },
    ip,
  );
  if (reg.status !== 202) throw new Error(`register ${phone}: ${reg.status} ${JSON.stringify(reg.body)}`);
  const code = await codeSentTo(smsLogPath, phone, { after });
  const verified = await post(baseUrl, '/auth/verify-phone', { phone, code }, ip);
  if (verified.status !== 200)
    throw new Error(`verify-phone ${phone}: ${verified.status} ${JSON.stringify(verified.body)}`);
  return { ...verified.body, id: verified.body.user.id, token: verified.body.accessToken, name, phone, password };
}
