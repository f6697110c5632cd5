import { Param, PipeTransform } from '@nestjs/common';
import { DomainError } from '@app/messaging';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A path id that must be a UUID; a bad one is a 400 naming the parameter. It goes on in lower case, the one
 * form services compare ids in (PostgreSQL prints uuids in lower case): `/batches/ABC…` and `/batches/abc…`
 * are the same batch to every comparison made in TypeScript, not only to those made in SQL.
 */
export class UuidParam implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (!UUID.test(value ?? '')) throw DomainError.validation(this.name, 'must be a UUID');
    return value.toLowerCase();
  }
}

/** The path's `:id`, a UUID (UuidParam). */
export const IdParam = () => Param('id', new UuidParam('id'));

/** The Idempotency-Key header every creating call of a consumer needs (a retry returns the same result). */
export function idempotencyKey(value: string | string[] | undefined): string {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v)
    throw DomainError.validation(
      'Idempotency-Key',
      'header is required (any unique string per intended reservation, e.g. a UUID)',
    );
  if (v.length > 200) throw DomainError.validation('Idempotency-Key', 'must be at most 200 characters');
  return v;
}
