import { ORDER_STATUSES, PAYMENT_METHODS, PAYMENT_SLIP_STATUSES, PRODUCT_CATEGORIES, PRODUCT_UNITS } from '@app/contracts';
import type { RefundReason } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';


/**
 * OpenAPI schemas of the order responses (OrderViewV1, OrderListV1 and PaymentInstructionsV1 of
 * libs/contracts/src/order.ts). Money is in satang (1 baht = 100 satang); times are ISO 8601 UTC.
 */
const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const satang = (description?: string): SchemaObject => ({ type: 'integer', ...(description ? { description: `satang: ${description}` } : { description: 'satang' }) });
const time = (description?: string, nullable = false): SchemaObject => ({ type: 'string', format: 'date-time', ...(nullable ? { nullable } : {}), ...(description ? { description } : {}) });
const status: SchemaObject = { type: 'string', enum: [...ORDER_STATUSES] };
const REFUND_REASONS = ['allocation_short', 'allocation_none', 'reservation_cancelled', 'order_expired', 'dispute'] as const satisfies readonly RefundReason[];

const FULFILMENT_SCHEMA: SchemaObject = {
  oneOf: [
    {
      type: 'object',
      properties: { type: { type: 'string', enum: ['pickup'] }, pickupPointId: uuid, pickupPointName: { type: 'string' } },
      required: ['type', 'pickupPointId', 'pickupPointName'],
    },
    {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['delivery'] },
        address: {
          type: 'object',
          properties: {
            line1: { type: 'string' },
            subdistrict: { type: 'string' },
            districtCode: { type: 'string', example: '5605' },
            provinceCode: { type: 'string', example: '56' },
            postalCode: { type: 'string', example: '56120' },
            phone: { type: 'string', example: '0812345678' },
          },
          required: ['districtCode', 'provinceCode'],
          description: "line1, subdistrict, postalCode and phone only for the order's consumer, producer and LAO admin (personalDataWithheld false)",
        },
      },
      required: ['type', 'address'],
    },
  ],
};

/** PaymentSlipV1: a consumer's uploaded bank slip (its image: GET /orders/{id}/slips/{slipId}/image). */
export const PAYMENT_SLIP_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: uuid,
    reference: { type: 'string', description: "the bank's transaction reference, read from the slip's verification QR", example: '2025112712345678ABCD' },
    sendingBank: { type: 'string', description: "the sending bank's code, read from the slip's verification QR", example: '004' },
    status: { type: 'string', enum: [...PAYMENT_SLIP_STATUSES], description: 'pending until the producer checks it' },
    rejectReason: { type: 'string', nullable: true, description: 'why the producer rejected it; null unless rejected' },
    uploadedAt: time(),
  },
  required: ['id', 'reference', 'sendingBank', 'status', 'rejectReason', 'uploadedAt'],
};

const SUMMARY_PROPERTIES: Record<string, SchemaObject> = {
  id: uuid,
  reservationId: { type: 'string', format: 'uuid', nullable: true, description: 'null for a direct purchase of stock on hand' },
  batchId: uuid,
  productId: uuid,
  productName: { type: 'string' },
  category: { type: 'string', enum: [...PRODUCT_CATEGORIES] },
  unit: { type: 'string', enum: [...PRODUCT_UNITS] },
  producerId: uuid,
  consumerId: uuid,
  laoCode: { type: 'string', example: '4560501' },
  districtCode: { type: 'string', example: '5605' },
  provinceCode: { type: 'string', example: '56' },
  status,
  requestedQuantity: { type: 'integer', description: 'what the consumer asked for' },
  quantity: { type: 'integer', description: 'what the consumer will receive (the allocated quantity after harvest)' },
  unitPriceSatang: satang('price per unit'),
  goodsTotalSatang: satang('quantity × unit price'),
  deliveryFeeSatang: satang(),
  totalSatang: satang('goods total + delivery fee'),
  depositPercent: { type: 'integer' },
  depositDueSatang: satang(),
  paidSatang: satang(),
  refundedSatang: satang('refunds owed or made'),
  amountDueSatang: satang('what the consumer must pay now; 0 when nothing is due'),
  fulfilment: FULFILMENT_SCHEMA,
  personalDataWithheld: {
    type: 'boolean',
    description: "true when the caller oversees the order (province or DLA staff): the delivery address keeps only districtCode and provinceCode, without line1, postalCode and phone (PDPA)",
  },
  shipment: {
    type: 'object',
    nullable: true,
    properties: { carrier: { type: 'string' }, trackingNumber: { type: 'string' } },
    required: ['carrier', 'trackingNumber'],
  },
  reservedAt: time(),
  depositDeadline: time('deadline to pay the deposit (a direct purchase: its whole price)', true),
  balanceDeadline: time(
    "after harvest: deadline to pay the balance (harvest time + the batch's balanceDeadlineHours, 72 h by default); past it the order expires and its units become stock on hand. A slip under review holds it until the producer confirms or rejects the slip",
    true,
  ),
  allocatedAt: time('when the harvest settled the order (a direct purchase: when it opened)', true),
  handedOverAt: time(undefined, true),
  autoCompleteAt: time('when it completes by itself if the consumer does not confirm', true),
  completedAt: time(undefined, true),
  slips: { type: 'array', items: PAYMENT_SLIP_SCHEMA, description: "the consumer's uploaded bank slips, oldest first" },
  paymentUnderReview: { type: 'boolean', description: 'true while a slip waits for the producer to check it' },
};
const SUMMARY_REQUIRED = Object.keys(SUMMARY_PROPERTIES);

export const ORDER_SUMMARY_SCHEMA: SchemaObject = { type: 'object', properties: SUMMARY_PROPERTIES, required: SUMMARY_REQUIRED };

export const ORDER_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    ...SUMMARY_PROPERTIES,
    payments: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: uuid,
          amountSatang: satang(),
          method: { type: 'string', enum: [...PAYMENT_METHODS] },
          reference: { type: 'string' },
          slipUrl: { type: 'string', nullable: true },
          recordedBy: { type: 'string', format: 'uuid' },
          recordedAt: time(),
        },
        required: ['id', 'amountSatang', 'method', 'reference', 'slipUrl', 'recordedBy', 'recordedAt'],
      },
    },
    refunds: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: uuid,
          amountSatang: satang(),
          reason: { type: 'string', enum: [...REFUND_REASONS] },
          note: { type: 'string', nullable: true },
          status: { type: 'string', enum: ['due', 'paid'] },
          method: { type: 'string', enum: [...PAYMENT_METHODS], nullable: true },
          reference: { type: 'string', nullable: true },
          createdAt: time(),
          paidAt: time(undefined, true),
        },
        required: ['id', 'amountSatang', 'reason', 'note', 'status', 'method', 'reference', 'createdAt', 'paidAt'],
      },
    },
    history: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          from: { ...status, nullable: true },
          to: status,
          trigger: { type: 'string', example: 'record_payment' },
          by: { type: 'string', description: "a user id, or 'system'" },
          at: time(),
        },
        required: ['from', 'to', 'trigger', 'by', 'at'],
      },
    },
  },
  required: [...SUMMARY_REQUIRED, 'payments', 'refunds', 'history'],
};

export const ORDER_LIST_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    items: { type: 'array', items: ORDER_SUMMARY_SCHEMA },
    total: { type: 'integer' },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    toPrepare: {
      type: 'array',
      description: 'producers only: allocated orders not yet handed over, per date and pickup point',
      items: {
        type: 'object',
        properties: {
          date: { type: 'string', format: 'date', description: 'Asia/Bangkok date the harvest was allocated' },
          fulfilment: { type: 'string', enum: ['pickup', 'delivery'] },
          pickupPointId: { type: 'string', format: 'uuid', nullable: true },
          pickupPointName: { type: 'string', nullable: true },
          productId: uuid,
          productName: { type: 'string' },
          unit: { type: 'string', enum: [...PRODUCT_UNITS] },
          quantity: { type: 'integer' },
          orders: { type: 'integer' },
        },
        required: ['date', 'fulfilment', 'pickupPointId', 'pickupPointName', 'productId', 'productName', 'unit', 'quantity', 'orders'],
      },
    },
  },
  required: ['items', 'total', 'page', 'pageSize'],
};

export const PAYMENT_INSTRUCTIONS_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    orderId: uuid,
    status,
    amountDueSatang: satang('what to pay now'),
    promptPay: {
      type: 'object',
      nullable: true,
      description: 'null when nothing is due now',
      properties: {
        promptPayId: { type: 'string', example: '0812345678' },
        payload: { type: 'string', description: 'EMVCo QR payload for exactly amountDueSatang' },
        qrSvg: { type: 'string', description: 'the QR code, an SVG document' },
      },
      required: ['promptPayId', 'payload', 'qrSvg'],
    },
    deadlinePassed: { type: 'boolean', description: 'present (true) once the payment deadline passed: nothing more can be paid' },
  },
  required: ['orderId', 'status', 'amountDueSatang', 'promptPay'],
};
