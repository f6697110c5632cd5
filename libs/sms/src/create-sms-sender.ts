import type { SmsConfig } from './sms-config.js';
import { LogSmsSender } from './log-sms-sender.js';
import type { SmsSender } from './sms-sender.js';
import { ThaiBulkSmsSender } from './thaibulksms-sender.js';

export function createSmsSender(config: SmsConfig): SmsSender {
  return config.provider === 'log' ? new LogSmsSender(config.logPath) : new ThaiBulkSmsSender(config);
}
