import { resolve } from 'node:path';
import { Env, envInt, envString, EnvError } from '@app/config';

/**
 * Which SMS provider the apps that send SMS use (the gateway's one-time codes, the notifications), from the
 * environment: SMS_PROVIDER=log (default: one JSON line `{to, text, sentAt}` per message in SMS_LOG_PATH,
 * nothing leaves the machine) or thaibulksms (SMS_API_URL, SMS_API_KEY, SMS_API_SECRET, SMS_SENDER).
 */
export type SmsConfig =
  | { provider: 'log'; logPath: string }
  | { provider: 'thaibulksms'; url: string; apiKey: string; apiSecret: string; sender: string; timeoutMs: number };

export function loadSmsConfig(env: Env): SmsConfig {
  const provider = envString(env, 'SMS_PROVIDER', 'log');
  if (provider === 'log') return { provider, logPath: resolve(envString(env, 'SMS_LOG_PATH', '.data/logs/sms.jsonl')) };
  if (provider !== 'thaibulksms') throw new EnvError(`SMS_PROVIDER must be log or thaibulksms, got "${provider}"`);
  return {
    provider,
    url: envString(env, 'SMS_API_URL', 'https://api-v2.thaibulksms.com/sms'),
    apiKey: envString(env, 'SMS_API_KEY'),
    apiSecret: envString(env, 'SMS_API_SECRET'),
    sender: envString(env, 'SMS_SENDER'),
    timeoutMs: envInt(env, 'SMS_TIMEOUT_MS', 10_000, 100),
  };
}
