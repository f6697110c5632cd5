import 'reflect-metadata';
import { processEnv } from '@app/config';
import { createHarvestPreorderApp } from './harvest-preorder.app.js';
import { loadHarvestPreorderConfig } from './config.js';

const app = await createHarvestPreorderApp(loadHarvestPreorderConfig(processEnv()));
app.enableShutdownHooks();
