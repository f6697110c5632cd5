export * from './eventually.js';
export * from './system.js';
export * from './test-env.js';
export * from './events.js';
export * from './openapi.js';
export * from './apps.js';
export * from './db-template.js';
export * from './nats-server.mjs';
