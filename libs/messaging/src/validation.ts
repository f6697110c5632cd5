import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { DomainError, FieldError } from './domain-error.js';
import { cacheValidationMetadata } from './validation-cache.js';

// every app validates through class-validator and imports this module at start (see validation-cache.ts)
cacheValidationMetadata();

/** Flattens class-validator errors into `{ field: "a.b[0].c", message }`, naming every bad field. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const path = parent
      ? /^\d+$/.test(e.property)
        ? `${parent}[${e.property}]`
        : `${parent}.${e.property}`
      : e.property;
    for (const message of Object.values(e.constraints ?? {})) {
      out.push({ field: path, message });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, path));
  }
  return out;
}

export function validationError(fields: FieldError[]): DomainError {
  const names = [...new Set(fields.map((f) => f.field))].join(', ');
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${names}`, fields);
}

/**
 * Validates and converts a plain payload into a DTO instance. Unknown properties are refused, so the same
 * DTO guards both the HTTP boundary (gateway) and the NATS boundary (service).
 */
export async function validatePayload<T extends object>(cls: new () => T, plain: unknown): Promise<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw validationError([{ field: '(body)', message: 'must be a JSON object' }]);
  }
  const instance = plainToInstance(cls, plain, { enableImplicitConversion: false });
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length) throw validationError(flattenValidationErrors(errors));
  return instance;
}
