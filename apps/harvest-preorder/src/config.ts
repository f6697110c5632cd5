import { CommonConfig, commonConfig, Env } from '@app/config';

export type HarvestPreorderConfig = CommonConfig;

export function loadHarvestPreorderConfig(env: Env): HarvestPreorderConfig {
  return { ...commonConfig(env, 'harvest-preorder') };
}
