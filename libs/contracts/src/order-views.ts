import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { PlaceV1, PRODUCT_CATEGORIES, PRODUCT_UNITS } from './catalog.js';
import type { ProductCategory, ProductUnit } from './catalog.js';
import { ORDER_STATUSES, PAYMENT_METHODS, REFUND_REASONS } from './order.js';
import type { OrderStatus, PaymentMethod, RefundReason } from './order.js';
import { PaymentSlipV1 } from './payment-slip.js';
import {
  ApiBool,
  ApiDate,
  ApiDateTime,
  ApiDistrictCode,
  ApiEnum,
  ApiInt,
  ApiProvinceCode,
  ApiSatang,
  ApiString,
  ApiUuid,
} from './api-property.js';

/**
 * What the order service answers for GET /api/v1/orders… (the gateway returns it as is). Money in satang
 * (1 baht = 100 satang); times ISO 8601 UTC (clients show them in Asia/Bangkok).
 */
export class PickupFulfilmentV1 {
  @ApiEnum(['pickup']) type: 'pickup';
  @ApiUuid() pickupPointId: string;
  @ApiString() pickupPointName: string;
}

/** A delivery address as an order shows it: line1, postalCode and phone are withheld from those who only oversee the order. */
export class OrderDeliveryAddressV1 {
  @ApiString({ required: false }) line1?: string;
  @ApiString({ required: false }) subdistrict?: string;
  @ApiDistrictCode() districtCode: string;
  @ApiProvinceCode() provinceCode: string;
  @ApiString({ required: false, example: '56120' }) postalCode?: string;
  @ApiString({ required: false, example: '0812345678' }) phone?: string;
}

export class DeliveryFulfilmentV1 {
  @ApiEnum(['delivery']) type: 'delivery';
  @ApiProperty({
    type: () => OrderDeliveryAddressV1,
    description:
      "line1, subdistrict, postalCode and phone only for the order's consumer, producer and LAO admin (personalDataWithheld false)",
  })
  address: OrderDeliveryAddressV1;
}

/** Nested in a oneOf, so the document lists them itself (gateway.app.ts passes these to SwaggerModule). */
export const ORDER_VIEW_EXTRA_MODELS = [PickupFulfilmentV1, DeliveryFulfilmentV1];

export class ShipmentV1 {
  @ApiString() carrier: string;
  @ApiString() trackingNumber: string;
}

/** An order without its payments, refunds and history: the items of GET /orders and of the personal-data export. */
export class OrderSummaryV1 extends PlaceV1 {
  @ApiUuid() id: string;
  @ApiUuid({ nullable: true, description: 'null for a direct purchase of stock on hand' }) reservationId: string | null;
  @ApiUuid() batchId: string;
  @ApiUuid() productId: string;
  @ApiString() productName: string;
  @ApiEnum(PRODUCT_CATEGORIES) category: ProductCategory;
  @ApiEnum(PRODUCT_UNITS) unit: ProductUnit;
  @ApiUuid() producerId: string;
  @ApiUuid() consumerId: string;
  @ApiEnum(ORDER_STATUSES) status: OrderStatus;
  @ApiInt('what the consumer asked for') requestedQuantity: number;
  @ApiInt('what the consumer will receive (the allocated quantity after harvest)') quantity: number;
  @ApiSatang('price per unit') unitPriceSatang: number;
  @ApiSatang('quantity × unit price') goodsTotalSatang: number;
  @ApiSatang() deliveryFeeSatang: number;
  @ApiSatang('goods total + delivery fee') totalSatang: number;
  @ApiInt() depositPercent: number;
  @ApiSatang() depositDueSatang: number;
  @ApiSatang() paidSatang: number;
  @ApiSatang('refunds owed or made') refundedSatang: number;
  @ApiSatang('what the consumer must pay now; 0 when nothing is due') amountDueSatang: number;
  /**
   * Delivery address and phone only for the order's consumer, producer and LAO admin (PDPA); province and
   * DLA staff get the address's districtCode and provinceCode alone, and personalDataWithheld: true.
   */
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(PickupFulfilmentV1) }, { $ref: getSchemaPath(DeliveryFulfilmentV1) }] })
  fulfilment: PickupFulfilmentV1 | DeliveryFulfilmentV1;
  @ApiBool(
    'true when the caller oversees the order (province or DLA staff): the delivery address keeps only districtCode and provinceCode, without line1, postalCode and phone (PDPA)',
  )
  personalDataWithheld: boolean;
  @ApiProperty({ type: () => ShipmentV1, nullable: true }) shipment: ShipmentV1 | null;
  @ApiDateTime() reservedAt: string;
  @ApiDateTime({ nullable: true, description: 'deadline to pay the deposit (a direct purchase: its whole price)' })
  depositDeadline: string | null;
  @ApiDateTime({
    nullable: true,
    description:
      "after harvest: deadline to pay the balance (harvest time + the batch's balanceDeadlineHours, 72 h by default); past it the order expires and its units become stock on hand. A slip under review holds it until the producer confirms or rejects the slip",
  })
  balanceDeadline: string | null;
  @ApiDateTime({
    nullable: true,
    description: 'when the harvest settled the order (a direct purchase: when it opened)',
  })
  allocatedAt: string | null;
  @ApiDateTime({ nullable: true }) handedOverAt: string | null;
  @ApiDateTime({ nullable: true, description: 'when it completes by itself if the consumer does not confirm' })
  autoCompleteAt: string | null;
  @ApiDateTime({ nullable: true }) completedAt: string | null;
  @ApiProperty({ type: () => [PaymentSlipV1], description: "the consumer's uploaded bank slips, oldest first" })
  slips: PaymentSlipV1[];
  @ApiBool('true while a slip waits for the producer to check it') paymentUnderReview: boolean;
}

export class OrderPaymentV1 {
  @ApiUuid() id: string;
  @ApiSatang() amountSatang: number;
  @ApiEnum(PAYMENT_METHODS) method: PaymentMethod;
  @ApiString() reference: string;
  @ApiString({ nullable: true }) slipUrl: string | null;
  @ApiUuid() recordedBy: string;
  @ApiDateTime() recordedAt: string;
}

export class OrderRefundV1 {
  @ApiUuid() id: string;
  @ApiSatang() amountSatang: number;
  @ApiEnum(REFUND_REASONS) reason: RefundReason;
  @ApiString({ nullable: true }) note: string | null;
  @ApiEnum(['due', 'paid']) status: 'due' | 'paid';
  @ApiEnum(PAYMENT_METHODS, { nullable: true }) method: PaymentMethod | null;
  @ApiString({ nullable: true }) reference: string | null;
  @ApiDateTime() createdAt: string;
  @ApiDateTime({ nullable: true }) paidAt: string | null;
}

export class OrderStatusChangeV1 {
  @ApiEnum(ORDER_STATUSES, { nullable: true }) from: OrderStatus | null;
  @ApiEnum(ORDER_STATUSES) to: OrderStatus;
  @ApiString({ example: 'record_payment' }) trigger: string;
  @ApiString("a user id, or 'system'") by: string;
  @ApiDateTime() at: string;
}

/** GET /api/v1/orders/:id, and the answer of every order action. */
export class OrderViewV1 extends OrderSummaryV1 {
  @ApiProperty({ type: () => [OrderPaymentV1] }) payments: OrderPaymentV1[];
  @ApiProperty({ type: () => [OrderRefundV1] }) refunds: OrderRefundV1[];
  @ApiProperty({ type: () => [OrderStatusChangeV1] }) history: OrderStatusChangeV1[];
}

export class PromptPayQrV1 {
  @ApiString({ example: '0812345678' }) promptPayId: string;
  @ApiString('EMVCo QR payload for exactly amountDueSatang') payload: string;
  @ApiString('the QR code, an SVG document') qrSvg: string;
}

/** GET /api/v1/orders/:id/payment */
export class PaymentInstructionsV1 {
  @ApiUuid() orderId: string;
  @ApiEnum(ORDER_STATUSES) status: OrderStatus;
  @ApiSatang('what to pay now') amountDueSatang: number;
  @ApiProperty({ type: () => PromptPayQrV1, nullable: true, description: 'null when nothing is due now' })
  promptPay: PromptPayQrV1 | null;
  @ApiBool({
    required: false,
    description: 'present (true) once the payment deadline passed: nothing more can be paid',
  })
  deadlinePassed?: boolean;
}

/** One line of a producer's "to prepare" list: allocated orders not yet handed over. */
export class ToPrepareLineV1 {
  @ApiDate('Asia/Bangkok date the harvest was allocated') date: string;
  @ApiEnum(['pickup', 'delivery']) fulfilment: 'pickup' | 'delivery';
  @ApiUuid({ nullable: true }) pickupPointId: string | null;
  @ApiString({ nullable: true }) pickupPointName: string | null;
  @ApiUuid() productId: string;
  @ApiString() productName: string;
  @ApiEnum(PRODUCT_UNITS) unit: ProductUnit;
  @ApiInt() quantity: number;
  @ApiInt() orders: number;
}

/** GET /api/v1/orders */
export class OrderListV1 {
  @ApiProperty({ type: () => [OrderSummaryV1] }) items: OrderSummaryV1[];
  @ApiInt() total: number;
  @ApiInt() page: number;
  @ApiInt() pageSize: number;
  @ApiPropertyOptional({
    type: () => [ToPrepareLineV1],
    description: 'producers only: allocated orders not yet handed over, per date and pickup point',
  })
  toPrepare?: ToPrepareLineV1[];
}
