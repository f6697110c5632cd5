/**
 * The page's early check of a PromptPay ID as it is typed (the API checks again with @app/contracts'
 * isValidPromptPayId; test/admin-rules.spec.ts proves the two agree): a Thai mobile number, or a 13-digit
 * national / tax ID whose last digit is the mod-11 check digit of the first twelve.
 */
export function normalizePromptPay(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  return /^\+66\d{9}$/.test(digits) ? `0${digits.slice(3)}` : digits;
}

export function isPromptPayId(value: string): boolean {
  if (/^0[689]\d{8}$/.test(value)) return true;
  if (!/^\d{13}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(value[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(value[12]);
}
