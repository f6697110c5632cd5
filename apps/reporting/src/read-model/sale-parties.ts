import { createHash } from 'node:crypto';

/**
 * Who took part in a sale, for the flags of sales that look made up. The report needs only whether two
 * phones are the same, so it keeps a hash of each phone, never the phone (PDPA): the same Thai number
 * written any way (+66…, dashes) gives the same hash.
 */
export function phoneHash(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[\s-]/g, '');
  const local = digits.startsWith('+66') ? `0${digits.slice(3)}` : digits;
  if (!/^0\d{8,9}$/.test(local)) return null;
  return createHash('sha256').update(`khongdee-phone:${local}`).digest('hex');
}
