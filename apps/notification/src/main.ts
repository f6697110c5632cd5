import 'reflect-metadata';
import { processEnv } from '@app/config';
import { createNotificationApp } from './notification.app.js';
import { loadNotificationConfig } from './config.js';

const app = await createNotificationApp(loadNotificationConfig(processEnv()));
app.enableShutdownHooks();
