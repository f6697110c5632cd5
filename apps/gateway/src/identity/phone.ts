/** Thai phone numbers are stored in their national form: 0812345678. Returns null if it is not one. */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[\s\-().]/g, '');
  const national = digits.startsWith('+66')
    ? `0${digits.slice(3)}`
    : digits.startsWith('66') && digits.length === 11
      ? `0${digits.slice(2)}`
      : digits;
  return /^0\d{8,9}$/.test(national) ? national : null;
}
