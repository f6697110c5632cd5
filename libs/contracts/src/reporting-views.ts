import { ApiProperty } from '@nestjs/swagger';
import { PRODUCER_KINDS, PRODUCT_CATEGORIES } from './catalog.js';
import { REPORT_LEVELS, SALE_FLAG_REASONS } from './reporting.js';
import type { ReportLevel, SaleFlagReason } from './reporting.js';
import { ApiDate, ApiDateTime, ApiEnum, ApiInt, ApiLaoCode, ApiSatang, ApiString, ApiUuid } from './api-property.js';

/**
 * What the reporting service answers (the gateway relays it, gzipped when the client accepts it). Money in
 * satang (1 baht = 100 satang); months YYYY-MM and days in Asia/Bangkok; fiscal years in B.E.
 */
const MONTH = '2026-03';

export class SaleExclusionV1 {
  @ApiUuid() orderId: string;
  @ApiString() reason: string;
  @ApiUuid() excludedBy: string;
  @ApiDateTime() excludedAt: string;
  @ApiString({ example: MONTH, description: "the sale's month" }) month: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description:
      'submissions of that month it changes: their snapshot stays; the change shows as an adjustment in the next month’s report',
  })
  adjustsSubmissionIds: string[];
}

export class FlaggedSaleV1 {
  @ApiUuid() orderId: string;
  @ApiDateTime() completedAt: string;
  @ApiLaoCode() laoCode: string;
  @ApiString() laoNameTh: string;
  @ApiUuid() producerId: string;
  @ApiString({ nullable: true }) producerName: string | null;
  @ApiSatang() goodsTotalSatang: number;
  @ApiEnum(SALE_FLAG_REASONS, {
    isArray: true,
    description:
      'zero_total: goods total 0; own_login: bought by the producer’s own login; own_phone: the consumer’s phone is the producer’s; repeat_consumer: the consumer completed this many or more orders at the producer that day',
  })
  reasons: SaleFlagReason[];
  @ApiInt('completions by the same consumer at the same producer that day') sameDayCount: number;
  @ApiProperty({ type: () => SaleExclusionV1, nullable: true }) exclusion: SaleExclusionV1 | null;
}

export class FlaggedSalesPageV1 {
  @ApiProperty({ type: () => [FlaggedSaleV1] }) items: FlaggedSaleV1[];
  @ApiInt() total: number;
  @ApiInt() page: number;
  @ApiInt() pageSize: number;
}

/** The report's figures of one row, or of the whole area. */
export class FiguresV1 {
  @ApiInt('จำนวนครั้งที่ขายได้ผ่านออนไลน์: completed orders, less fully refunded ones') salesCount: number;
  @ApiInt('รายรับ in satang: goods totals of completed orders less their refunds') revenueSatang: number;
  @ApiInt('จำนวนผู้ได้รับประโยชน์: distinct producers with a counted order, a community enterprise weighing its members')
  beneficiaries: number;
  @ApiInt('published content links') contentLinks: number;
}

export class TargetV1 {
  @ApiInt() salesCount: number;
  @ApiSatang() revenueSatang: number;
  @ApiInt() beneficiaries: number;
}

const PERCENT = {
  type: Number,
  nullable: true,
  description: 'percent of the target, one decimal; null when the target is 0',
};

/** Percent of target reached, one decimal; null where the target is 0. */
export class ProgressV1 {
  @ApiProperty(PERCENT) salesCount: number | null;
  @ApiProperty(PERCENT) revenueSatang: number | null;
  @ApiProperty(PERCENT) beneficiaries: number | null;
}

const TARGET = {
  type: () => TargetV1,
  required: false,
  description: 'fiscal-year target (when the period lies within one fiscal year and a target is set)',
};

export class SummaryRowV1 extends FiguresV1 {
  @ApiString({ example: '5600501' }) code: string;
  @ApiString({ example: 'เทศบาลเมืองดอกคำใต้' }) nameTh: string;
  @ApiString({ required: false, description: 'LAO rows: ประเภท อปท.' }) typeTh?: string;
  @ApiString({ required: false }) districtCode?: string;
  @ApiString({ required: false }) districtNameTh?: string;
  @ApiString({ required: false }) provinceCode?: string;
  @ApiString({ required: false }) provinceNameTh?: string;
  @ApiProperty(TARGET) target?: TargetV1;
  @ApiProperty({ type: () => ProgressV1, required: false }) progress?: ProgressV1;
}

export class SummaryTotalsV1 extends FiguresV1 {
  @ApiProperty(TARGET) target?: TargetV1;
  @ApiProperty({ type: () => ProgressV1, required: false }) progress?: ProgressV1;
}

export class PeriodV1 {
  @ApiEnum(['fiscalYear', 'month', 'range']) kind: 'fiscalYear' | 'month' | 'range';
  @ApiDate('first day (Asia/Bangkok)') from: string;
  @ApiDate('last day, inclusive') to: string;
  @ApiInt({ required: false, example: 2569, description: 'B.E.' }) fiscalYear?: number;
  @ApiString({ required: false, example: MONTH }) month?: string;
  @ApiString({ example: 'ปีงบประมาณ พ.ศ. 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)' }) labelTh: string;
}

export class SummarySubmissionV1 {
  @ApiUuid() id: string;
  @ApiDateTime() submittedAt: string;
  @ApiString() submittedBy: string;
}

export class AdjustmentRowV1 extends FiguresV1 {
  @ApiString() code: string;
  @ApiString() nameTh: string;
}

export class AdjustmentsV1 {
  @ApiString({ example: '2026-02' }) month: string;
  @ApiUuid() submissionId: string;
  @ApiProperty({ type: () => [AdjustmentRowV1] }) rows: AdjustmentRowV1[];
  @ApiProperty({ type: () => FiguresV1 }) totals: FiguresV1;
}

/** GET /reports/summary */
export class SummaryV1 {
  @ApiProperty({ type: () => PeriodV1 }) period: PeriodV1;
  @ApiEnum(REPORT_LEVELS) groupBy: ReportLevel;
  @ApiProperty({
    type: () => [SummaryRowV1],
    description: 'every LAO, district or province of the area, zeros included',
  })
  rows: SummaryRowV1[];
  @ApiProperty({ type: () => SummaryTotalsV1 }) totals: SummaryTotalsV1;
  @ApiProperty({
    type: () => SummarySubmissionV1,
    required: false,
    description: 'present when this month was submitted for the area: rows and totals are the frozen snapshot',
  })
  submission?: SummarySubmissionV1;
  @ApiProperty({
    type: () => AdjustmentsV1,
    required: false,
    description: 'month reports: what changed in the previous (submitted) month after its submission',
  })
  adjustments?: AdjustmentsV1;
  @ApiInt(
    'flagged sales of the area in the period still counted (not excluded): GET /reports/flagged-sales; always the live count, also for a submitted month',
  )
  flaggedSales: number;
}

export class ReportContentLinkV1 {
  @ApiUuid() contentLinkId: string;
  @ApiString({ format: 'uri' }) url: string;
  @ApiString({ example: 'facebook' }) platform: string;
  @ApiString() laoCode: string;
  @ApiString() laoNameTh: string;
  @ApiString() districtCode: string;
  @ApiString() provinceCode: string;
  @ApiDateTime() publishedAt: string;
}

export class ProducerKindFiguresV1 {
  @ApiString({ example: PRODUCER_KINDS[0] }) producerKind: string;
  @ApiInt() salesCount: number;
  @ApiSatang() revenueSatang: number;
  @ApiInt() beneficiaries: number;
}

export class CategoryFiguresV1 {
  @ApiString({ example: PRODUCT_CATEGORIES[0] }) category: string;
  @ApiInt() salesCount: number;
  @ApiSatang() revenueSatang: number;
}

export class MonthFiguresV1 extends FiguresV1 {
  @ApiString({ example: MONTH }) month: string;
}

/** GET /reports/breakdown */
export class BreakdownV1 {
  @ApiProperty({ type: () => PeriodV1 }) period: PeriodV1;
  @ApiProperty({ type: () => [ProducerKindFiguresV1] }) byProducerKind: ProducerKindFiguresV1[];
  @ApiProperty({ type: () => [CategoryFiguresV1] }) byCategory: CategoryFiguresV1[];
  @ApiProperty({ type: () => [MonthFiguresV1] }) byMonth: MonthFiguresV1[];
}

export class SubmissionV1 {
  @ApiUuid() id: string;
  @ApiString({ example: MONTH }) month: string;
  @ApiEnum(['nation', 'province', 'lao']) areaLevel: 'nation' | 'province' | 'lao';
  @ApiString("'' for the nation") areaCode: string;
  @ApiUuid() submittedBy: string;
  @ApiDateTime() submittedAt: string;
  @ApiProperty({ type: () => FiguresV1 }) totals: FiguresV1;
}

/** PUT /reports/targets */
export class TargetSetV1 {
  @ApiInt({ example: 2569 }) fiscalYear: number;
  @ApiEnum(['lao', 'province']) level: 'lao' | 'province';
  @ApiString() code: string;
  @ApiInt() salesCount: number;
  @ApiSatang() revenueSatang: number;
  @ApiInt() beneficiaries: number;
}
