import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * A PromptPay proxy ID as the programme accepts it: a Thai mobile number (10 digits, 06/08/09…) or a
 * 13-digit national / tax ID whose last digit is the mod-11 check digit of the first twelve. The check
 * digit is part of the ID's format, so the same test guards the gateway and the catalog.
 */
export function isValidPromptPayId(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (/^0[689]\d{8}$/.test(value)) return true;
  if (!/^\d{13}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(value[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(value[12]);
}

/** Removes the spaces and dashes people type, and turns +66 into the national 0. */
export function normalizePromptPayId(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const digits = value.replace(/[\s-]/g, '');
  return /^\+66\d{9}$/.test(digits) ? `0${digits.slice(3)}` : digits;
}

export function IsPromptPayId(options?: ValidationOptions): PropertyDecorator {
  return (target, key) => {
    const propertyName = String(key);
    registerDecorator({
      name: 'isPromptPayId',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a Thai mobile number (0812345678) or a 13-digit national/tax ID with a valid check digit`,
        ...options,
      },
      validator: { validate: isValidPromptPayId },
    });
  };
}
