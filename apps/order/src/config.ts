import { CommonConfig, commonConfig, Env, envBool, envInt } from '@app/config';

export interface OrderConfig extends CommonConfig {
  /** an unpaid deposit expires the order this many hours after reserving */
  depositDeadlineHours: number;
  /** a picked-up or delivered order completes by itself this many seconds after handover (default 7 days) */
  autoCompleteAfterSeconds: number;
  /** how often each replica runs the expiry and auto-complete sweeps */
  sweepIntervalMs: number;
  /** lets OrderSubjects.runSweeps take an `asOf` time (tests only; never in production) */
  allowClockOverride: boolean;
}

export function loadOrderConfig(env: Env): OrderConfig {
  return {
    ...commonConfig(env, 'order'),
    depositDeadlineHours: envInt(env, 'ORDER_DEPOSIT_DEADLINE_HOURS', 24, 1),
    autoCompleteAfterSeconds: envInt(env, 'ORDER_AUTO_COMPLETE_DAYS', 7, 1, 365) * 86_400,
    sweepIntervalMs: envInt(env, 'ORDER_SWEEP_INTERVAL_MS', 60_000, 100, 86_400_000),
    allowClockOverride: envBool(env, 'ORDER_ALLOW_CLOCK_OVERRIDE', false),
  };
}

export const ORDER_CONFIG = Symbol('ORDER_CONFIG');
