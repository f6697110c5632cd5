import { isIn, isInt, isISO8601, isString, isUUID, matches, max, maxLength, min, minLength } from 'class-validator';
import {
  DeliveryAddressDto,
  MAX_ORDER_TOTAL_SATANG,
  MAX_QUANTITY,
  PRODUCER_KINDS,
  PRODUCT_CATEGORIES,
  PRODUCT_UNITS,
} from '@app/contracts';
import { validatePayload } from '@app/messaging';
import { FulfilmentDto, OpenOrderDto, OpenOrdersDto } from './open-orders.dto.js';

/*
 * An exact check of the group-open request (order.orders.open): the OpenOrdersDto the full validation
 * (validatePayload: class-transformer, then class-validator with unknown properties refused) would build,
 * when the check proves the payload valid; undefined when it cannot — the full validation then decides, so
 * every refusal and its message stay the full path's. On a live sale the full path was 8–16 % of the order
 * service's CPU (200 nested orders per group). The rules below are those of OpenOrderDto, FulfilmentDto and
 * DeliveryAddressDto, checked with class-validator's own functions; open-orders.validation.spec.ts pins
 * those rules (a change to a class fails there until this check follows) and property-tests this check
 * against the full path.
 */

type Plain = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** The DTO class-transformer builds from a plain object: a new instance given each key in the object's order. */
function instanceOf<T extends object>(cls: new () => T, plain: Plain, keys: string[]): T {
  const dto = new cls() as Plain;
  for (const k of keys) dto[k] = plain[k];
  return dto as T;
}

/** WholeNumber(lo, hi) of libs/contracts: IsInt, Min, Max */
const wholeNumber = (v: unknown, lo: number, hi: number) => isInt(v) && min(v, lo) && max(v, hi);
/** IsString + MaxLength (class-validator's length counts a surrogate pair once, so never more than .length) */
const text = (v: unknown, most: number) => isString(v) && (v.length <= most || maxLength(v, most));
/** Matches (class-validator's matches refuses a value that is not a string) */
const pattern = (v: unknown, re: RegExp) => matches(v as string, re);
/** IsOptional: null (or absent) is not checked further */
const optional = (v: unknown, check: (v: unknown) => boolean) => v === null || v === undefined || check(v);

const LAO_CODE = /^\d{7}$/;
const DISTRICT_CODE = /^\d{4}$/;
const PROVINCE_CODE = /^\d{2}$/;
const POSTAL_CODE = /^\d{5}$/;
const PHONE = /^0\d{8,9}$/;

/** The regular expressions above, by class and property (the spec compares them with the classes' rules). */
export const FAST_CHECK_PATTERNS = {
  OpenOrderDto: { laoCode: LAO_CODE, districtCode: DISTRICT_CODE, provinceCode: PROVINCE_CODE },
  DeliveryAddressDto: {
    districtCode: DISTRICT_CODE,
    provinceCode: PROVINCE_CODE,
    postalCode: POSTAL_CODE,
    phone: PHONE,
  },
};

/** DeliveryAddressDto: line1, subdistrict?, districtCode, provinceCode, postalCode, phone — nothing else. */
function address(a: unknown): DeliveryAddressDto | undefined {
  if (!isPlainObject(a)) return undefined;
  const keys = Object.keys(a);
  let required = 0;
  for (const k of keys) {
    const v = a[k];
    switch (k) {
      case 'line1':
        if (!(isString(v) && minLength(v, 1) && text(v, 300))) return undefined;
        required++;
        break;
      case 'subdistrict':
        if (!optional(v, (s) => text(s, 100))) return undefined;
        break;
      case 'districtCode':
        if (!pattern(v, DISTRICT_CODE)) return undefined;
        required++;
        break;
      case 'provinceCode':
        if (!pattern(v, PROVINCE_CODE)) return undefined;
        required++;
        break;
      case 'postalCode':
        if (!pattern(v, POSTAL_CODE)) return undefined;
        required++;
        break;
      case 'phone':
        if (!pattern(v, PHONE)) return undefined;
        required++;
        break;
      default:
        return undefined;
    }
  }
  return required === 5 ? instanceOf(DeliveryAddressDto, a, keys) : undefined;
}

/** FulfilmentDto as harvest-preorder sends it: `{ type: 'pickup', pickupPointId, pickupPointName? }` or `{ type: 'delivery', address }`. */
function fulfilment(f: unknown): FulfilmentDto | undefined {
  if (!isPlainObject(f)) return undefined;
  const keys = Object.keys(f);
  if (f.type === 'pickup') {
    let required = 0;
    for (const k of keys) {
      const v = f[k];
      if (k === 'type') required++;
      else if (k === 'pickupPointId') {
        if (!isUUID(v)) return undefined;
        required++;
      } else if (k === 'pickupPointName') {
        if (!optional(v, (s) => text(s, 200))) return undefined;
      } else return undefined;
    }
    return required === 2 ? instanceOf(FulfilmentDto, f, keys) : undefined;
  }
  if (f.type === 'delivery') {
    if (keys.length !== 2 || !Object.hasOwn(f, 'address')) return undefined;
    const to = address(f.address);
    if (!to) return undefined;
    const dto = instanceOf(FulfilmentDto, f, keys);
    dto.address = to;
    return dto;
  }
  return undefined;
}

/** The 20 properties of OpenOrderDto besides the optional reservationId. */
const REQUIRED_ORDER_KEYS = 20;

function order(o: unknown): OpenOrderDto | undefined {
  if (!isPlainObject(o)) return undefined;
  const keys = Object.keys(o);
  let required = 0;
  let built: FulfilmentDto | undefined;
  for (const k of keys) {
    const v = o[k];
    let ok: boolean;
    switch (k) {
      case 'reservationId':
        if (!optional(v, (id) => isUUID(id))) return undefined;
        continue;
      case 'orderId':
      case 'batchId':
      case 'productId':
      case 'producerId':
      case 'consumerId':
        ok = isUUID(v);
        break;
      case 'productName':
        ok = text(v, 200);
        break;
      case 'category':
        ok = isIn(v, PRODUCT_CATEGORIES as unknown as unknown[]);
        break;
      case 'unit':
        ok = isIn(v, PRODUCT_UNITS as unknown as unknown[]);
        break;
      case 'producerKind':
        ok = isIn(v, PRODUCER_KINDS as unknown as unknown[]);
        break;
      case 'producerMemberCount':
        ok = wholeNumber(v, 1, 1_000_000);
        break;
      case 'promptPayId':
        ok = text(v, 20);
        break;
      case 'laoCode':
        ok = pattern(v, LAO_CODE);
        break;
      case 'districtCode':
        ok = pattern(v, DISTRICT_CODE);
        break;
      case 'provinceCode':
        ok = pattern(v, PROVINCE_CODE);
        break;
      case 'quantity':
        ok = wholeNumber(v, 1, MAX_QUANTITY);
        break;
      case 'unitPriceSatang':
      case 'deliveryFeeSatang':
        ok = wholeNumber(v, 0, MAX_ORDER_TOTAL_SATANG);
        break;
      case 'depositPercent':
        ok = wholeNumber(v, 0, 100);
        break;
      case 'fulfilment':
        built = fulfilment(v);
        ok = built !== undefined;
        break;
      case 'reservedAt':
        ok = isISO8601(v);
        break;
      default:
        return undefined;
    }
    if (!ok) return undefined;
    required++;
  }
  if (required !== REQUIRED_ORDER_KEYS) return undefined;
  const dto = instanceOf(OpenOrderDto, o, keys);
  dto.fulfilment = built as FulfilmentDto;
  return dto;
}

/** The exact check: `{ orders: [1..1000 orders] }` proven valid, as its DTO; undefined when it cannot prove it. */
export function leanOpenOrders(payload: unknown): OpenOrdersDto | undefined {
  if (!isPlainObject(payload)) return undefined;
  const keys = Object.keys(payload);
  if (keys.length !== 1 || keys[0] !== 'orders') return undefined;
  const list = payload.orders;
  if (!Array.isArray(list) || list.length < 1 || list.length > 1000) return undefined;
  const orders = new Array<OpenOrderDto>(list.length);
  for (let i = 0; i < list.length; i++) {
    const dto = order(list[i]);
    if (!dto) return undefined;
    orders[i] = dto;
  }
  const dto = new OpenOrdersDto();
  dto.orders = orders;
  return dto;
}

/**
 * The group-open request validated as EnvelopePipe would with OpenOrdersDto (`data ?? {}`, then
 * validatePayload), through the exact check first.
 */
export function validateOpenOrders(data: unknown): Promise<OpenOrdersDto> | OpenOrdersDto {
  return leanOpenOrders(data) ?? validatePayload(OpenOrdersDto, data ?? {});
}
