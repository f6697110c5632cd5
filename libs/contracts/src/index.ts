export * from './identity.js';
export * from './events.js';
export * from './subjects.js';
export * from './health.js';
export * from './geography.js';
