import 'reflect-metadata';
import { processEnv } from '@app/config';
import { createOrderApp } from './order.app.js';
import { loadOrderConfig } from './config.js';

const app = await createOrderApp(loadOrderConfig(processEnv()));
app.enableShutdownHooks();
