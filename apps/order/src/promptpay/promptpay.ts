import { generate } from 'promptparse';
import QRCode from 'qrcode';
import { DomainError } from '@app/messaging';

/** A PromptPay proxy: a mobile number (10 digits), a national/tax ID (13) or an e-wallet ID (15). */
export function promptPayProxy(id: string): { type: 'MSISDN' | 'NATID' | 'EWALLETID'; target: string } {
  const digits = id.replace(/[\s-]/g, '');
  if (/^0\d{9}$/.test(digits)) return { type: 'MSISDN', target: digits };
  if (/^\d{13}$/.test(digits)) return { type: 'NATID', target: digits };
  if (/^\d{15}$/.test(digits)) return { type: 'EWALLETID', target: digits };
  throw new DomainError(
    'CONFLICT',
    `The producer's PromptPay ID "${id}" is not a mobile number, national ID or e-wallet ID; ask the producer to correct it`,
  );
}

/**
 * The EMVCo PromptPay payload (tag 29, dynamic, with amount and CRC) built by promptparse — a maintained
 * library, no hand-rolled CRC. Satang are whole numbers, so satang / 100 prints exactly with 2 decimals.
 */
export function promptPayPayload(promptPayId: string, amountSatang: number): string {
  if (!Number.isInteger(amountSatang) || amountSatang <= 0)
    throw new Error(`amountSatang must be a positive integer, got ${amountSatang}`);
  return generate.anyId({ ...promptPayProxy(promptPayId), amount: amountSatang / 100 });
}

export function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
