import { CommonConfig, commonConfig, Env } from '@app/config';

export type OrderConfig = CommonConfig;

export function loadOrderConfig(env: Env): OrderConfig {
  return { ...commonConfig(env, 'order') };
}
