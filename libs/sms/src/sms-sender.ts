/**
 * The one way the system sends a text message to a phone: the gateway's one-time codes and the
 * notification service's messages. Implementations: LogSmsSender (development and tests: one JSON line
 * per message in a file) and ThaiBulkSmsSender (a real provider over HTTP). Chosen by SMS_PROVIDER (sms-config.ts).
 */
export interface SmsMessage {
  /** national form, 0812345678 */
  to: string;
  text: string;
}

export interface SmsSender {
  /** Resolves with the provider's answer once it accepted the message; rejects with SmsNotSentError when it did not (nothing is retried here). */
  send(message: SmsMessage): Promise<string>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/**
 * The provider refused or could not be reached. `permanent`: the provider refused the request itself (a 4xx
 * other than 408/429, a bad number), so sending it again changes nothing; otherwise a later try may pass.
 */
export class SmsNotSentError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'SmsNotSentError';
  }
}

/** A 4xx other than 408 / 429 is the request's fault: trying it again changes nothing. */
export function isPermanent(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}
