import 'reflect-metadata';
import { processEnv } from '@app/config';
import { loadGatewayConfig } from './config.js';
import { createGatewayApp } from './gateway.app.js';

const { url, generatedAdmin } = await createGatewayApp(loadGatewayConfig(processEnv()));
// Plain lines for the person at the terminal (npm start picks them up); logs stay JSON.
process.stdout.write(`GATEWAY_READY ${url}\n`);
// never the password itself: this output is a log file under npm start, systemd or Docker
if (generatedAdmin) process.stdout.write(`GENERATED_ADMIN ${generatedAdmin.login} ${generatedAdmin.passwordFile}\n`);
