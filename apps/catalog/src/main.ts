import 'reflect-metadata';
import { processEnv } from '@app/config';
import { createCatalogApp } from './catalog.app.js';
import { loadCatalogConfig } from './config.js';

const app = await createCatalogApp(loadCatalogConfig(processEnv()));
app.enableShutdownHooks();
