import type { ApiPropertyOptions } from '@nestjs/swagger';
import {
  DistrictCodeField,
  field,
  LaoCodeField,
  OneOfField,
  presence,
  ProvinceCodeField,
  WholeNumber,
} from './fields.js';
import type { Presence } from './fields.js';
import { PageField, PageSizeField } from './paging.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * Reporting ⇄ gateway. The figures of the programme (activity 5): online sales count, revenue (satang),
 * beneficiaries, content links — per LAO, district or province, for a fiscal year (B.E.), a month or a
 * date range, all in Asia/Bangkok time.
 */
export const REPORT_LEVELS = ['lao', 'district', 'province'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/** A Thai fiscal year in B.E. (2569 = 1 Oct 2025 – 30 Sep 2026), also as text from a query string. */
export const FiscalYearField = (p: Presence, api: ApiPropertyOptions = {}) =>
  field(
    presence(p, { example: 2569, ...api }),
    Type(() => Number),
    WholeNumber(2500, 2700),
  );

/** A calendar month, YYYY-MM (C.E.). */
const IsYearMonth = () => Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: (a) => `${a.property} must be YYYY-MM` });

export class PeriodQueryDto {
  @FiscalYearField('optional', {
    description: 'Thai fiscal year (B.E.): 2569 = 1 Oct 2025 – 30 Sep 2026. Default: the current one.',
  })
  fiscalYear?: number;

  @ApiPropertyOptional({ example: '2026-03', description: 'a calendar month (C.E.), instead of fiscalYear' })
  @IsOptional()
  @IsYearMonth()
  month?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'first day (Bangkok), with to' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'last day, inclusive (Bangkok), with from' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

export class AreaQueryDto extends PeriodQueryDto {
  @ProvinceCodeField()
  provinceCode?: string;

  @DistrictCodeField()
  districtCode?: string;

  @LaoCodeField()
  laoCode?: string;
}

export class SummaryQuery extends AreaQueryDto {
  @OneOfField(REPORT_LEVELS, 'optional', { default: 'lao' })
  groupBy?: ReportLevel;
}

export class ExportQuery extends SummaryQuery {
  @OneOfField(['csv', 'xlsx'])
  format: 'csv' | 'xlsx';
}

export class SetTargetCommand {
  @FiscalYearField('required')
  fiscalYear: number;

  @LaoCodeField('optional', { description: 'the LAO — or provinceCode, exactly one of the two' })
  laoCode?: string;

  @ProvinceCodeField()
  provinceCode?: string;

  @ApiProperty({ example: 120 })
  @WholeNumber(0, 100_000_000)
  salesCount: number;

  @ApiProperty({ example: 15_000_000, description: 'satang' })
  @WholeNumber(0, Number.MAX_SAFE_INTEGER)
  revenueSatang: number;

  @ApiProperty({ example: 40 })
  @WholeNumber(0, 100_000_000)
  beneficiaries: number;
}

export class SubmitMonthCommand {
  @ApiProperty({ example: '2026-03', description: 'a month that has ended (Bangkok time)' })
  @IsYearMonth()
  month: string;
}

export class ListSubmissionsQuery {
  @FiscalYearField('optional')
  fiscalYear?: number;
}

/**
 * Sales that look made up (the reporting service flags them; they count until an administrator excludes
 * them): a goods total of 0, a consumer who is the producer's own login or uses the producer's own phone,
 * and one consumer completing many orders at one producer on one day (REPORTING_REPEAT_SALES_PER_DAY,
 * default 3 or more).
 */
export const SALE_FLAG_REASONS = ['zero_total', 'own_login', 'own_phone', 'repeat_consumer'] as const;
export type SaleFlagReason = (typeof SALE_FLAG_REASONS)[number];

export const FLAGGED_SALE_STATUSES = ['open', 'excluded', 'all'] as const;
export type FlaggedSaleStatus = (typeof FLAGGED_SALE_STATUSES)[number];

export class FlaggedSalesQuery extends AreaQueryDto {
  @OneOfField(FLAGGED_SALE_STATUSES, 'optional', {
    default: 'open',
    description: 'open: still counted; excluded: taken out by an administrator',
  })
  status?: FlaggedSaleStatus;

  @PageField()
  page?: number;

  @PageSizeField()
  pageSize?: number;
}

export class ExcludeSaleFields {
  @ApiProperty({
    example: 'ผู้ซื้อคือผู้ผลิตเอง ไม่ใช่การขายจริง',
    description: 'why the sale does not count (kept with who and when)',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(500)
  reason: string;
}

export class ExcludeSaleCommand extends ExcludeSaleFields {
  @IsUUID()
  orderId: string;
}

// The HTTP views of the reports (SummaryV1, BreakdownV1, FlaggedSalesPageV1, SubmissionV1, ...): reporting-views.ts

/** A large reply (export files, national LAO-level summaries) travels gzipped, under NATS's 1 MB limit. */
export interface PackedReplyV1 {
  packed: 'gzip-base64';
  body: string;
}

export interface ExportFileV1 {
  filename: string;
  contentType: string;
  /** base64 of the file */
  content: string;
}

export interface ReconcileReportV1 {
  from: string;
  to: string;
  checked: number;
  differences: Array<{ orderId: string; kind: 'missing' | 'extra' | 'changed'; fields?: string[] }>;
  repaired: number;
}

/**
 * ReportingSubjects.laoNotices (internal: the notification service's daily question): for each LAO, whether
 * its report of `month` is submitted, and how many of its flagged sales from that month's first day to
 * today still count (open). Reporting keeps the one home of both rules (submissions, flag rules computed
 * when asked); the notification service decides who is told.
 */
export class LaoNoticesQuery {
  @IsYearMonth()
  month: string;

  @IsArray({ message: 'laoCodes must be a list of LAO codes' })
  @ArrayMaxSize(500, { message: 'laoCodes: at most 500 per question' })
  @Matches(/^\d{7}$/, { each: true, message: 'laoCodes must be 7-digit LAO codes' })
  laoCodes: string[];
}

export interface LaoNoticesV1 {
  month: string;
  laos: Array<{ laoCode: string; submitted: boolean; openFlaggedSales: number }>;
}
