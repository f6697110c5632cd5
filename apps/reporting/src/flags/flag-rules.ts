import type { SaleFlagReason } from '@app/contracts';

/** What the flag rules look at, for one completed sale. */
export interface SaleSignals {
  goodsSatang: number;
  consumerId: string;
  consumerPhoneHash: string | null;
  producerLoginUserId: string | null;
  producerPhoneHashes: string[];
  /** completions by the same consumer at the same producer on the sale's (Bangkok) day, itself included */
  sameDayCount: number;
}

/**
 * The rules of a sale that looks made up, each in one place: its predicate (for the reasons shown) and the
 * same predicate in SQL over a row `s` with the columns goods_satang, consumer_id, consumer_phone_hash,
 * login_user_id, phone_hashes, same_day (to filter and count in the database). flag-rules.spec.ts checks
 * the predicates; the e2e suites check the SQL gives the same reasons.
 */
export const FLAG_RULES: Array<{
  reason: SaleFlagReason;
  test: (s: SaleSignals, repeatThreshold: number) => boolean;
  sql: (threshold: string) => string;
}> = [
  { reason: 'zero_total', test: (s) => s.goodsSatang === 0, sql: () => `s.goods_satang = 0` },
  {
    reason: 'own_login',
    test: (s) => s.producerLoginUserId !== null && s.consumerId === s.producerLoginUserId,
    sql: () => `s.consumer_id = s.login_user_id`,
  },
  {
    reason: 'own_phone',
    test: (s) => s.consumerPhoneHash !== null && s.producerPhoneHashes.includes(s.consumerPhoneHash),
    sql: () => `s.consumer_phone_hash = ANY(s.phone_hashes)`,
  },
  { reason: 'repeat_consumer', test: (s, t) => s.sameDayCount >= t, sql: (t) => `s.same_day >= ${t}` },
];

export function flagReasons(s: SaleSignals, repeatThreshold: number): SaleFlagReason[] {
  return FLAG_RULES.filter((r) => r.test(s, repeatThreshold)).map((r) => r.reason);
}

/** SQL: true when any rule flags the row `s` (COALESCE: a NULL comparison is no flag). */
export function anyFlagSql(threshold: string): string {
  return FLAG_RULES.map((r) => `COALESCE(${r.sql(threshold)}, false)`).join(' OR ');
}
