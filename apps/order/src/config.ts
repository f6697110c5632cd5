import { CommonConfig, commonConfig, Env, envInt } from '@app/config';

export interface OrderConfig extends CommonConfig {
  /** an unpaid deposit expires the order this many hours after reserving */
  depositDeadlineHours: number;
}

export function loadOrderConfig(env: Env): OrderConfig {
  return { ...commonConfig(env, 'order'), depositDeadlineHours: envInt(env, 'ORDER_DEPOSIT_DEADLINE_HOURS', 24, 1) };
}

export const ORDER_CONFIG = Symbol('ORDER_CONFIG');
