import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FlaggedSaleStatus, FlaggedSaleV1, SaleExclusionV1 } from '@app/contracts';
import type { ReportingConfig } from '../config.js';
import type { ReportArea } from '../summary/scope.policy.js';
import { anyFlagSql, flagReasons } from './flag-rules.js';

type Queryable = DataSource | EntityManager;

export interface FlagScope {
  from: string;
  to: string;
  area: ReportArea;
  /** one order only (its flags still need its consumer's whole day at the producer) */
  orderId?: string;
}

/**
 * The sales of a scope with the signals the flag rules need (read-model/sale-parties.ts, the producers'
 * login and phones from the catalog's events), computed when asked: a producer's login or phone that
 * arrives after its sales, or another threshold, flags them at once. Fully refunded sales are no sales.
 */
function signalsSql(scope: FlagScope, params: unknown[]): string {
  const where = [`sp.day BETWEEN $${params.push(scope.from)}::date AND $${params.push(scope.to)}::date`];
  if (scope.area.provinceCode) where.push(`l.province_code = $${params.push(scope.area.provinceCode)}`);
  if (scope.area.districtCode) where.push(`l.district_code = $${params.push(scope.area.districtCode)}`);
  if (scope.area.laoCode) where.push(`l.code = $${params.push(scope.area.laoCode)}`);
  if (scope.area.producerId) where.push(`sp.producer_id = $${params.push(scope.area.producerId)}`);
  return `p AS (
      SELECT sp.order_id, sp.producer_id, sp.consumer_id, sp.consumer_phone_hash, l.display_name_th,
             count(*) OVER (PARTITION BY sp.producer_id, sp.consumer_id, sp.day)::int AS same_day
      FROM sale_parties sp JOIN laos l ON l.code = sp.lao_code WHERE ${where.join(' AND ')}),
    s AS (
      SELECT p.*, f.goods_satang, f.completed_at, f.lao_code, f.excluded, pr.login_user_id, COALESCE(pr.phone_hashes, '{}') AS phone_hashes, pr.name AS producer_name
      FROM p JOIN order_facts f ON f.order_id = p.order_id LEFT JOIN producers pr ON pr.producer_id = p.producer_id
      WHERE NOT f.fully_refunded)`;
}

/** A flagged sale with its signals (signalsSql) and its exclusion, if any (sale_exclusions' columns null otherwise). */
interface FlaggedRow extends Omit<ExclusionRow, 'reason' | 'excluded_by' | 'excluded_at' | 'x_month'> {
  order_id: string;
  producer_id: string;
  consumer_id: string;
  consumer_phone_hash: string | null;
  display_name_th: string;
  same_day: number;
  goods_satang: string;
  completed_at: Date;
  lao_code: string;
  excluded: boolean;
  login_user_id: string | null;
  phone_hashes: string[] | null;
  producer_name: string | null;
  total: number;
  reason: string | null;
  excluded_by: string | null;
  excluded_at: Date | null;
  x_month: string | null;
}

const STATUS_SQL: Record<FlaggedSaleStatus, string> = { open: 'NOT s.excluded', excluded: 's.excluded', all: 'true' };

@Injectable()
export class FlaggedSalesRepository {
  constructor(
    private readonly ds: DataSource,
    @Inject('REPORTING_CONFIG') private readonly config: ReportingConfig,
  ) {}

  get repeatThreshold(): number {
    return this.config.repeatSalesPerDay;
  }

  /** The order's lock, the key its events take (read-model/handlers.ts): an exclusion and a refund of one order take turns. */
  async lockOrder(em: EntityManager, orderId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 6))`, [orderId]);
  }

  async insertExclusion(em: EntityManager, x: NewExclusion): Promise<ExclusionRow> {
    const [row]: ExclusionRow[] = await em.query(
      `INSERT INTO sale_exclusions (order_id, reason, excluded_by, excluded_at, month, adjusts_submission_ids) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING reason, excluded_by, excluded_at, to_char(month, 'YYYY-MM') AS x_month, adjusts_submission_ids`,
      [x.orderId, x.reason, x.excludedBy, x.excludedAt, x.month, x.adjustsSubmissionIds],
    );
    return row;
  }

  /** Flagged sales of the scope still counted (the summary's flaggedSales). */
  async count(scope: FlagScope, db: Queryable = this.ds): Promise<number> {
    const params: unknown[] = [];
    const cte = signalsSql(scope, params);
    const t = `$${params.push(this.repeatThreshold)}::int`;
    const [r] = await db.query(
      `WITH ${cte} SELECT count(*)::int AS n FROM s WHERE (${anyFlagSql(t)}) AND NOT s.excluded`,
      params,
    );
    return r.n;
  }

  async list(
    scope: FlagScope,
    status: FlaggedSaleStatus,
    page: number,
    pageSize: number,
    db: Queryable = this.ds,
  ): Promise<{ items: FlaggedSaleV1[]; total: number }> {
    const params: unknown[] = [];
    const cte = signalsSql(scope, params);
    const t = `$${params.push(this.repeatThreshold)}::int`;
    const only = scope.orderId ? `AND s.order_id = $${params.push(scope.orderId)}` : '';
    const rows: FlaggedRow[] = await db.query(
      `WITH ${cte}
       SELECT s.*, count(*) OVER ()::int AS total, x.reason, x.excluded_by, x.excluded_at, to_char(x.month, 'YYYY-MM') AS x_month, x.adjusts_submission_ids
       FROM s LEFT JOIN sale_exclusions x ON x.order_id = s.order_id
       WHERE (${anyFlagSql(t)}) AND ${STATUS_SQL[status]} ${only}
       ORDER BY s.completed_at DESC, s.order_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const items = rows.map((r): FlaggedSaleV1 => ({
      orderId: r.order_id,
      completedAt: new Date(r.completed_at).toISOString(),
      laoCode: r.lao_code,
      laoNameTh: r.display_name_th,
      producerId: r.producer_id,
      producerName: r.producer_name ?? null,
      goodsTotalSatang: Number(r.goods_satang),
      reasons: flagReasons(
        {
          goodsSatang: Number(r.goods_satang),
          consumerId: r.consumer_id,
          consumerPhoneHash: r.consumer_phone_hash,
          producerLoginUserId: r.login_user_id,
          producerPhoneHashes: r.phone_hashes ?? [],
          sameDayCount: r.same_day,
        },
        this.repeatThreshold,
      ),
      sameDayCount: r.same_day,
      exclusion: r.excluded_by ? exclusionOf(r.order_id, r as ExclusionRow) : null,
    }));
    return { items, total: rows[0]?.total ?? 0 };
  }
}

/** A sale_exclusions row as insertExclusion returns it. */
export interface ExclusionRow {
  reason: string;
  excluded_by: string;
  excluded_at: Date;
  /** YYYY-MM */
  x_month: string;
  adjusts_submission_ids: string[] | null;
}

export interface NewExclusion {
  orderId: string;
  reason: string;
  excludedBy: string;
  excludedAt: Date;
  /** the month's first day, YYYY-MM-DD */
  month: string;
  adjustsSubmissionIds: string[];
}

export function exclusionOf(orderId: string, r: ExclusionRow): SaleExclusionV1 {
  return {
    orderId,
    reason: r.reason,
    excludedBy: r.excluded_by,
    excludedAt: new Date(r.excluded_at).toISOString(),
    month: r.x_month,
    adjustsSubmissionIds: r.adjusts_submission_ids ?? [],
  };
}
