import 'reflect-metadata';
import { processEnv } from '@app/config';
import { createReportingApp } from './reporting.app.js';
import { loadReportingConfig } from './config.js';

const app = await createReportingApp(loadReportingConfig(processEnv()));
app.enableShutdownHooks();
