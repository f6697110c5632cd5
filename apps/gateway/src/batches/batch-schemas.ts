import { BATCH_STATUSES, PRODUCT_CATEGORIES, PRODUCT_UNITS, RESERVATION_STATUSES } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';


/**
 * OpenAPI schemas of the batch and reservation responses (BatchV1 and ReservationV1 of
 * libs/contracts/src/harvest-preorder.ts; the harvest, purchase and packing replies of the
 * harvest-preorder service). Money in satang; quantities in whole units of the product.
 */
const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const int = (description?: string): SchemaObject => ({ type: 'integer', ...(description ? { description } : {}) });

export const BATCH_CREATED_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { id: uuid, status: { type: 'string', enum: ['draft'] } },
  required: ['id', 'status'],
};

export const BATCH_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: uuid,
    status: { type: 'string', enum: [...BATCH_STATUSES] },
    productId: uuid,
    productName: { type: 'string', example: 'ลำไยสด' },
    category: { type: 'string', enum: [...PRODUCT_CATEGORIES] },
    unit: { type: 'string', enum: [...PRODUCT_UNITS] },
    producerId: uuid,
    producerName: { type: 'string' },
    laoCode: { type: 'string', example: '4560501' },
    districtCode: { type: 'string', example: '5605' },
    provinceCode: { type: 'string', example: '56' },
    harvestStart: { type: 'string', format: 'date' },
    harvestEnd: { type: 'string', format: 'date' },
    estimatedQuantity: int(),
    reservableQuantity: int('what may be reserved (≤ estimatedQuantity)'),
    reservedQuantity: int(),
    remainingQuantity: int('reservableQuantity − reservedQuantity'),
    unitPriceSatang: int('price per unit in satang'),
    depositPercent: int('deposit due on reservation, percent of the goods total'),
    minQuantity: int(),
    maxQuantityPerConsumer: int(),
    preorderOpensAt: { type: 'string', format: 'date-time' },
    preorderClosesAt: { type: 'string', format: 'date-time' },
    waitlist: { type: 'boolean' },
    closeWhenSoldOut: { type: 'boolean' },
    soldOut: { type: 'boolean' },
    pickupPoints: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: uuid,
          name: { type: 'string', example: 'ศาลาหมู่บ้าน' },
          address: { type: 'string' },
          windows: {
            type: 'array',
            items: { type: 'object', properties: { start: { type: 'string', format: 'date-time' }, end: { type: 'string', format: 'date-time' } }, required: ['start', 'end'] },
          },
        },
        required: ['id', 'name', 'address', 'windows'],
      },
    },
    delivery: { type: 'object', nullable: true, description: 'null: pickup only', properties: { feeSatang: int() }, required: ['feeSatang'] },
    actualQuantity: { type: 'integer', nullable: true, description: 'the real yield, once harvested' },
    stockOnHand: int('after harvest: units above what was reserved, for direct purchase until completed'),
    balanceDeadlineHours: { type: 'integer', minimum: 1, maximum: 720, description: 'hours after the harvest is recorded to pay the balance; then an unpaid order expires and its units become stock on hand' },
  },
  required: [
    'id', 'status', 'productId', 'productName', 'category', 'unit', 'producerId', 'producerName', 'laoCode', 'districtCode', 'provinceCode',
    'harvestStart', 'harvestEnd', 'estimatedQuantity', 'reservableQuantity', 'reservedQuantity', 'remainingQuantity', 'unitPriceSatang',
    'depositPercent', 'minQuantity', 'maxQuantityPerConsumer', 'preorderOpensAt', 'preorderClosesAt', 'waitlist', 'closeWhenSoldOut', 'soldOut',
    'pickupPoints', 'delivery', 'actualQuantity', 'stockOnHand', 'balanceDeadlineHours',
  ],
};

export const BATCHES_SCHEMA: SchemaObject = { type: 'array', items: BATCH_SCHEMA };

export const HARVEST_RESULT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    batch: BATCH_SCHEMA,
    allocations: {
      type: 'array',
      description: 'one per confirmed reservation, first come first served',
      items: {
        type: 'object',
        properties: { reservationId: uuid, orderId: uuid, requested: int(), allocated: int('0 when the yield ran out before it') },
        required: ['reservationId', 'orderId', 'requested', 'allocated'],
      },
    },
  },
  required: ['batch', 'allocations'],
};

export const RESERVATION_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: uuid,
    status: { type: 'string', enum: [...RESERVATION_STATUSES] },
    quantity: int(),
    orderId: { type: 'string', format: 'uuid', nullable: true, description: 'null while waitlisted' },
  },
  required: ['id', 'status', 'quantity', 'orderId'],
};

export const RESERVATION_DETAIL_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'ReservationDetailV1: a reservation as its consumer sees it',
  properties: {
    ...RESERVATION_SCHEMA.properties,
    batchId: uuid,
    productId: uuid,
    productName: { type: 'string', example: 'ลิ้นจี่ดอกคำใต้' },
    unit: { type: 'string', enum: [...PRODUCT_UNITS] },
    waitlistPosition: {
      type: 'integer',
      nullable: true,
      minimum: 1,
      description: 'while waitlisted: place in line, 1 = next, in the order the waitlist is served (arrival); null otherwise',
    },
    createdAt: { type: 'string', format: 'date-time' },
  },
  required: [...RESERVATION_SCHEMA.required!, 'batchId', 'productId', 'productName', 'unit', 'waitlistPosition', 'createdAt'],
};

export const RESERVATION_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    items: { type: 'array', items: RESERVATION_DETAIL_SCHEMA },
    total: { type: 'integer', description: 'matches across all pages' },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
  },
  required: ['items', 'total', 'page', 'pageSize'],
};

export const PURCHASE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { id: uuid, quantity: int(), orderId: uuid },
  required: ['id', 'quantity', 'orderId'],
};

export const PACKING_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    batchId: uuid,
    status: { type: 'string', enum: [...BATCH_STATUSES] },
    reservations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          reservationId: uuid,
          status: { type: 'string', enum: [...RESERVATION_STATUSES] },
          consumerId: uuid,
          requested: int(),
          quantity: int(),
          allocated: { type: 'integer', nullable: true },
          toPack: int('the allocated quantity after harvest, the held quantity before; 0 when nothing is to pack'),
          orderId: { type: 'string', format: 'uuid', nullable: true },
          fulfilment: { type: 'string', enum: ['pickup', 'delivery'] },
          pickupPointId: { type: 'string', format: 'uuid', nullable: true },
          pickupPointName: { type: 'string', nullable: true },
          deliveryAddress: { type: 'string', nullable: true, description: 'line1, postal code and phone' },
          day: { type: 'string', format: 'date', description: 'Asia/Bangkok date of the reservation' },
          reservedAt: { type: 'string', format: 'date-time' },
        },
        required: [
          'reservationId', 'status', 'consumerId', 'requested', 'quantity', 'allocated', 'toPack', 'orderId', 'fulfilment',
          'pickupPointId', 'pickupPointName', 'deliveryAddress', 'day', 'reservedAt',
        ],
      },
    },
    totals: {
      type: 'object',
      properties: {
        byStatus: {
          type: 'object',
          description: 'keyed by reservation status',
          additionalProperties: { type: 'object', properties: { count: int(), quantity: int() }, required: ['count', 'quantity'] },
        },
        byPickupPoint: {
          type: 'array',
          description: 'what to pack per pickup point (deliveries together, pickupPointId null)',
          items: {
            type: 'object',
            properties: { pickupPointId: { type: 'string', format: 'uuid', nullable: true }, name: { type: 'string' }, reservations: int(), quantity: int('units to pack') },
            required: ['pickupPointId', 'name', 'reservations', 'quantity'],
          },
        },
        byDay: {
          type: 'array',
          description: 'what to pack per reservation day',
          items: {
            type: 'object',
            properties: { day: { type: 'string', format: 'date' }, reservations: int(), quantity: int('units to pack') },
            required: ['day', 'reservations', 'quantity'],
          },
        },
      },
      required: ['byStatus', 'byPickupPoint', 'byDay'],
    },
  },
  required: ['batchId', 'status', 'reservations', 'totals'],
};

export const HARVEST_PREVIEW_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    batchId: uuid,
    actualQuantity: int(),
    estimatedQuantity: int(),
    reservedQuantity: int('units held by confirmed reservations'),
    full: int('reservations that get all they asked for'),
    partial: int('reservations that get part of it'),
    none: int('reservations that get nothing (their deposit is refunded)'),
    shortQuantity: int('reserved units the harvest cannot give'),
    shortValueSatang: int('their value at the batch price'),
    surplus: int('units above what was reserved: stock on hand for direct sale'),
    waitlistCancelled: int('waitlisted reservations the harvest cancels'),
    allocations: {
      type: 'array',
      items: { type: 'object', properties: { reservationId: uuid, requested: int(), allocated: int() }, required: ['reservationId', 'requested', 'allocated'] },
    },
  },
  required: ['batchId', 'actualQuantity', 'estimatedQuantity', 'reservedQuantity', 'full', 'partial', 'none', 'shortQuantity', 'shortValueSatang', 'surplus', 'waitlistCancelled', 'allocations'],
};

export const BATCH_LIVE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    batchId: uuid,
    status: { type: 'string', enum: [...BATCH_STATUSES] },
    reservableQuantity: int(),
    reservedQuantity: int(),
    remainingQuantity: int(),
    soldOut: { type: 'boolean' },
    confirmedCount: int('reservations holding units'),
    waitlistedCount: int(),
    waitlistedQuantity: int(),
    recent: {
      type: 'array',
      description: 'the last ten reservations, newest first (no personal data)',
      items: {
        type: 'object',
        properties: { quantity: int(), status: { type: 'string', enum: [...RESERVATION_STATUSES] }, at: { type: 'string', format: 'date-time' } },
        required: ['quantity', 'status', 'at'],
      },
    },
    at: { type: 'string', format: 'date-time' },
  },
  required: ['batchId', 'status', 'reservableQuantity', 'reservedQuantity', 'remainingQuantity', 'soldOut', 'confirmedCount', 'waitlistedCount', 'waitlistedQuantity', 'recent', 'at'],
};
