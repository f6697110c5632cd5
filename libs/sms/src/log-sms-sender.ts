import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SmsMessage, SmsSender } from './sms-sender.js';

/**
 * Development and tests: nothing leaves the machine. Every message is appended as one JSON line
 * `{to, text, sentAt}` to a file (SMS_LOG_PATH, default .data/logs/sms.jsonl), where a person or a test
 * on the same machine reads the code. Each message is one appendFile (O_APPEND) of one short line, so
 * replicas on one machine writing the same file do not interleave within a line.
 */
export class LogSmsSender implements SmsSender {
  private ready?: Promise<unknown>;

  constructor(readonly path: string) {}

  async send(message: SmsMessage): Promise<string> {
    this.ready ??= mkdir(dirname(this.path), { recursive: true });
    await this.ready;
    await appendFile(
      this.path,
      `${JSON.stringify({ to: message.to, text: message.text, sentAt: new Date().toISOString() })}\n`,
      'utf8',
    );
    return `written to ${this.path}`;
  }
}
