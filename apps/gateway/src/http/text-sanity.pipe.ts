import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { validationError } from '@app/messaging';
import type { FieldError } from '@app/messaging';

// NUL cannot be stored in PostgreSQL text or jsonb; a lone UTF-16 surrogate is not valid Unicode.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const NUL_OR_LONE_SURROGATE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function collect(value: unknown, path: string, out: FieldError[], depth = 0): void {
  if (depth > 32) return;
  if (typeof value === 'string') {
    if (NUL_OR_LONE_SURROGATE.test(value))
      out.push({ field: path || '(value)', message: 'contains a NUL character or invalid Unicode' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${path}[${i}]`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (NUL_OR_LONE_SURROGATE.test(k))
        out.push({
          field: path ? `${path}.(key)` : '(key)',
          message: 'a key contains a NUL character or invalid Unicode',
        });
      collect(v, path ? `${path}.${k}` : k, out, depth + 1);
    }
  }
}

/**
 * Refuses text that no database column can hold, before any DTO or service sees it, naming the field —
 * so such input is a 400 at the door rather than a database error deep inside a service.
 */
@Injectable()
export class TextSanityPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type === 'custom') return value;
    const errors: FieldError[] = [];
    collect(value, meta.type === 'body' ? '' : (meta.data ?? ''), errors);
    if (errors.length) throw validationError(errors);
    return value;
  }
}
