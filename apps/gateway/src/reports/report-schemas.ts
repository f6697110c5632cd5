import { SALE_FLAG_REASONS } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';

/**
 * OpenAPI schemas of the report responses (libs/contracts/src/reporting.ts has them as TypeScript
 * interfaces; these describe the same JSON for clients). Money is in satang (1 baht = 100 satang).
 */
const int = (description?: string): SchemaObject => ({ type: 'integer', ...(description ? { description } : {}) });

const figures: Record<string, SchemaObject> = {
  salesCount: int('จำนวนครั้งที่ขายได้ผ่านออนไลน์: completed orders, less fully refunded ones'),
  revenueSatang: int('รายรับ in satang: goods totals of completed orders less their refunds'),
  beneficiaries: int('จำนวนผู้ได้รับประโยชน์: distinct producers with a counted order, a community enterprise weighing its members'),
  contentLinks: int('published content links'),
};
const FIGURE_KEYS = Object.keys(figures);

const target: SchemaObject = {
  type: 'object',
  description: 'fiscal-year target (when the period lies within one fiscal year and a target is set)',
  properties: { salesCount: int(), revenueSatang: int(), beneficiaries: int() },
  required: ['salesCount', 'revenueSatang', 'beneficiaries'],
};
const percent: SchemaObject = { type: 'number', nullable: true, description: 'percent of the target, one decimal; null when the target is 0' };
const progress: SchemaObject = {
  type: 'object',
  properties: { salesCount: percent, revenueSatang: percent, beneficiaries: percent },
  required: ['salesCount', 'revenueSatang', 'beneficiaries'],
};

export const PERIOD_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['fiscalYear', 'month', 'range'] },
    from: { type: 'string', format: 'date', description: 'first day (Asia/Bangkok)' },
    to: { type: 'string', format: 'date', description: 'last day, inclusive' },
    fiscalYear: { type: 'integer', example: 2569, description: 'B.E.' },
    month: { type: 'string', example: '2026-03' },
    labelTh: { type: 'string', example: 'ปีงบประมาณ พ.ศ. 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)' },
  },
  required: ['kind', 'from', 'to', 'labelTh'],
};

export const SUMMARY_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    period: PERIOD_SCHEMA,
    groupBy: { type: 'string', enum: ['lao', 'district', 'province'] },
    rows: {
      type: 'array',
      description: 'every LAO, district or province of the area, zeros included',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string', example: '5600501' },
          nameTh: { type: 'string', example: 'เทศบาลเมืองดอกคำใต้' },
          typeTh: { type: 'string', description: 'LAO rows: ประเภท อปท.' },
          districtCode: { type: 'string' },
          districtNameTh: { type: 'string' },
          provinceCode: { type: 'string' },
          provinceNameTh: { type: 'string' },
          ...figures,
          target,
          progress,
        },
        required: ['code', 'nameTh', ...FIGURE_KEYS],
      },
    },
    totals: { type: 'object', properties: { ...figures, target, progress }, required: FIGURE_KEYS },
    submission: {
      type: 'object',
      description: 'present when this month was submitted for the area: rows and totals are the frozen snapshot',
      properties: { id: { type: 'string', format: 'uuid' }, submittedAt: { type: 'string', format: 'date-time' }, submittedBy: { type: 'string' } },
    },
    adjustments: {
      type: 'object',
      description: "month reports: what changed in the previous (submitted) month after its submission",
      properties: {
        month: { type: 'string', example: '2026-02' },
        submissionId: { type: 'string', format: 'uuid' },
        rows: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, nameTh: { type: 'string' }, ...figures } } },
        totals: { type: 'object', properties: figures },
      },
    },
    flaggedSales: int('flagged sales of the area in the period still counted (not excluded): GET /reports/flagged-sales; always the live count, also for a submitted month'),
  },
  required: ['period', 'groupBy', 'rows', 'totals', 'flaggedSales'],
};

export const SALE_EXCLUSION_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    orderId: { type: 'string', format: 'uuid' },
    reason: { type: 'string' },
    excludedBy: { type: 'string', format: 'uuid' },
    excludedAt: { type: 'string', format: 'date-time' },
    month: { type: 'string', example: '2026-03', description: "the sale's month" },
    adjustsSubmissionIds: {
      type: 'array',
      items: { type: 'string', format: 'uuid' },
      description: 'submissions of that month it changes: their snapshot stays; the change shows as an adjustment in the next month’s report',
    },
  },
  required: ['orderId', 'reason', 'excludedBy', 'excludedAt', 'month', 'adjustsSubmissionIds'],
};

export const FLAGGED_SALES_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          orderId: { type: 'string', format: 'uuid' },
          completedAt: { type: 'string', format: 'date-time' },
          laoCode: { type: 'string', example: '4560501' },
          laoNameTh: { type: 'string' },
          producerId: { type: 'string', format: 'uuid' },
          producerName: { type: 'string', nullable: true },
          goodsTotalSatang: int(),
          reasons: {
            type: 'array',
            items: { type: 'string', enum: [...SALE_FLAG_REASONS] },
            description: 'zero_total: goods total 0; own_login: bought by the producer’s own login; own_phone: the consumer’s phone is the producer’s; repeat_consumer: the consumer completed this many or more orders at the producer that day',
          },
          sameDayCount: int('completions by the same consumer at the same producer that day'),
          exclusion: { ...SALE_EXCLUSION_SCHEMA, nullable: true },
        },
        required: ['orderId', 'completedAt', 'laoCode', 'laoNameTh', 'producerId', 'producerName', 'goodsTotalSatang', 'reasons', 'sameDayCount', 'exclusion'],
      },
    },
    total: int(),
    page: int(),
    pageSize: int(),
  },
  required: ['items', 'total', 'page', 'pageSize'],
};

export const BREAKDOWN_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    period: PERIOD_SCHEMA,
    byProducerKind: {
      type: 'array',
      items: { type: 'object', properties: { producerKind: { type: 'string' }, salesCount: int(), revenueSatang: int(), beneficiaries: int() } },
    },
    byCategory: { type: 'array', items: { type: 'object', properties: { category: { type: 'string' }, salesCount: int(), revenueSatang: int() } } },
    byMonth: { type: 'array', items: { type: 'object', properties: { month: { type: 'string', example: '2026-03' }, ...figures } } },
  },
  required: ['period', 'byProducerKind', 'byCategory', 'byMonth'],
};

export const CONTENT_LINKS_SCHEMA: SchemaObject = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      contentLinkId: { type: 'string', format: 'uuid' },
      url: { type: 'string', format: 'uri' },
      platform: { type: 'string', example: 'facebook' },
      laoCode: { type: 'string' },
      laoNameTh: { type: 'string' },
      districtCode: { type: 'string' },
      provinceCode: { type: 'string' },
      publishedAt: { type: 'string', format: 'date-time' },
    },
  },
};

export const SUBMISSION_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    month: { type: 'string', example: '2026-03' },
    areaLevel: { type: 'string', enum: ['nation', 'province', 'lao'] },
    areaCode: { type: 'string', description: "'' for the nation" },
    submittedBy: { type: 'string', format: 'uuid' },
    submittedAt: { type: 'string', format: 'date-time' },
    totals: { type: 'object', properties: figures, required: FIGURE_KEYS },
  },
  required: ['id', 'month', 'areaLevel', 'areaCode', 'submittedBy', 'submittedAt', 'totals'],
};

export const TARGET_SET_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    fiscalYear: { type: 'integer', example: 2569 },
    level: { type: 'string', enum: ['lao', 'province'] },
    code: { type: 'string' },
    salesCount: int(),
    revenueSatang: int(),
    beneficiaries: int(),
  },
  required: ['fiscalYear', 'level', 'code', 'salesCount', 'revenueSatang', 'beneficiaries'],
};
