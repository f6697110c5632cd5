import { ValidateBy } from 'class-validator';
import type { ValidationOptions } from 'class-validator';

/**
 * Date and time formats a client may send. IsISO8601 accepts ordinal and compact forms ("2026-100",
 * "20260501T000000Z") that Date.parse cannot read, and a time without an offset that the server would
 * read as UTC — seven hours off for a Thai farmer. So: calendar dates are YYYY-MM-DD and must exist,
 * instants are RFC 3339 date-times that carry their offset (Z or ±hh:mm).
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/i;

function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return !!m && realDate(+m[1], +m[2], +m[3]);
}

export function isOffsetDateTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  if (!m || !realDate(+m[1], +m[2], +m[3])) return false;
  if (+m[4] > 23 || +m[5] > 59 || +m[6] > 59) return false;
  if (m[9] !== undefined && (+m[9] > 23 || +m[10] > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

/** YYYY-MM-DD of a day that exists (2026-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: { validate: isCalendarDate, defaultMessage: (a) => `${a?.property} must be a real date YYYY-MM-DD` },
    },
    options,
  );
}

/** An RFC 3339 date-time with its offset, e.g. 2026-05-01T08:00:00+07:00 or 2026-05-01T01:00:00Z. */
export function IsOffsetDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOffsetDateTime',
      validator: {
        validate: isOffsetDateTime,
        defaultMessage: (a) =>
          `${a?.property} must be a date-time with its offset, like 2026-05-01T08:00:00+07:00 (RFC 3339)`,
      },
    },
    options,
  );
}
