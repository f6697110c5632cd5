/**
 * The one way the system sends a text message to a phone: one-time codes today, notifications later.
 * Implementations: LogSmsSender (development and tests: one JSON line per message in a file) and
 * ThaiBulkSmsSender (a real provider over HTTP). Chosen by SMS_PROVIDER (config.ts).
 */
export interface SmsMessage {
  /** national form, 0812345678 */
  to: string;
  text: string;
}

export interface SmsSender {
  /** Resolves once the provider accepted the message; rejects when it did not (nothing is retried here). */
  send(message: SmsMessage): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/** The provider refused or could not be reached: the caller answers 503, the user can ask again. */
export class SmsNotSentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SmsNotSentError';
  }
}
