import { ValidationPipe } from '@nestjs/common';
import type { ArgumentMetadata, PipeTransform, ValidationPipeOptions } from '@nestjs/common';
import { isBoolean, isInt, isUUID, max, min } from 'class-validator';
import { ReservationFulfilmentDto, ReserveBodyDto } from '@app/contracts';
import { flattenValidationErrors, validationError } from '@app/messaging';

/** The gateway's validation of every body, query and parameter class: unknown properties refused, DTOs built. */
export const GATEWAY_VALIDATION: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  exceptionFactory: (errors) => validationError(flattenValidationErrors(errors)),
};

/**
 * An exact check of one body class: the DTO instance the full ValidationPipe would return, when the check
 * proves the body valid; undefined when it cannot (the body may be invalid, or valid in a way it does not
 * look for) — the full pipe then decides, so every refusal and its message stay the full pipe's.
 */
export type FastBodyCheck = (body: unknown) => object | undefined;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** The DTO class-transformer builds from a plain object: a new instance given each key in the body's order. */
function instanceOf<T extends object>(cls: new () => T, plain: Record<string, unknown>, keys: string[]): T {
  const dto = new cls() as Record<string, unknown>;
  for (const k of keys) dto[k] = plain[k];
  return dto as T;
}

/**
 * POST /batches/:id/reservations, its common shape: `{ quantity, fulfilment: { type: 'pickup', pickupPointId },
 * allowPartial? }` and nothing else, checked with class-validator's own functions for the rules of
 * ReserveBodyDto and ReservationFulfilmentDto (libs/contracts; lean-validation.pipe.spec.ts pins those rules,
 * so a change there fails a test until this check follows). A delivery, a null, an extra key: the full pipe.
 */
export const reserveBody: FastBodyCheck = (body) => {
  if (!isPlainObject(body)) return undefined;
  const keys = Object.keys(body);
  for (const k of keys) if (k !== 'quantity' && k !== 'fulfilment' && k !== 'allowPartial') return undefined;
  const { quantity, fulfilment, allowPartial } = body;
  if (!isInt(quantity) || !min(quantity, 1) || !max(quantity, 1_000_000)) return undefined;
  if (allowPartial !== undefined && !isBoolean(allowPartial)) return undefined;
  if (!isPlainObject(fulfilment) || fulfilment.type !== 'pickup' || !isUUID(fulfilment.pickupPointId)) return undefined;
  const fulfilmentKeys = Object.keys(fulfilment);
  if (fulfilmentKeys.length !== 2) return undefined; // type and pickupPointId, both present
  const dto = instanceOf(ReserveBodyDto, body, keys);
  dto.fulfilment = instanceOf(ReservationFulfilmentDto, fulfilment, fulfilmentKeys);
  return dto;
};

/** The gateway's exact checks, by body class. */
export const FAST_BODY_CHECKS: ReadonlyMap<unknown, FastBodyCheck> = new Map([[ReserveBodyDto, reserveBody]]);

/**
 * The global ValidationPipe with a fast path: a body of a class with an exact check (FAST_BODY_CHECKS) that the
 * check proves valid becomes its DTO without class-transformer and class-validator (on the reservation path of
 * a live sale they were 6–7 % of the gateway's CPU); everything else goes through the full pipe, unchanged.
 */
export class LeanValidationPipe implements PipeTransform {
  constructor(
    private readonly full = new ValidationPipe(GATEWAY_VALIDATION),
    private readonly checks: ReadonlyMap<unknown, FastBodyCheck> = FAST_BODY_CHECKS,
  ) {}

  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type === 'body' && meta.metatype) {
      const dto = this.checks.get(meta.metatype)?.(value);
      if (dto) return dto;
    }
    return this.full.transform(value, meta);
  }
}
