import { CommonConfig, commonConfig, Env, envInt } from '@app/config';

export interface HarvestPreorderConfig extends CommonConfig {
  /** how long a replica gathers reservations of one batch before deciding them in one transaction */
  reserveCoalesceMs: number;
  /** the most reservations decided in one transaction */
  reserveMaxGroup: number;
  /** how often batches due to open or close are moved (any replica; the UPDATE is the guard) */
  sweepIntervalMs: number;
  /** how often orders whose opening failed are opened again */
  orderRetryIntervalMs: number;
  /** how long to wait for another service's answer */
  rpcTimeoutMs: number;
  /** database connections of one replica */
  poolSize: number;
}

export function loadHarvestPreorderConfig(env: Env): HarvestPreorderConfig {
  return {
    ...commonConfig(env, 'harvest-preorder'),
    reserveCoalesceMs: envInt(env, 'RESERVE_COALESCE_MS', 2, 0, 1000),
    reserveMaxGroup: envInt(env, 'RESERVE_MAX_GROUP', 256, 1, 1000),
    sweepIntervalMs: envInt(env, 'BATCH_SWEEP_INTERVAL_MS', 1000, 10),
    orderRetryIntervalMs: envInt(env, 'ORDER_OPEN_RETRY_INTERVAL_MS', 2000, 10),
    rpcTimeoutMs: envInt(env, 'HARVEST_PREORDER_RPC_TIMEOUT_MS', 5000, 100),
    poolSize: envInt(env, 'HARVEST_PREORDER_DB_POOL', 10, 2, 200),
  };
}

export const PREORDER_CONFIG = Symbol('PREORDER_CONFIG');
