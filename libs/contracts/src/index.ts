export * from './identity.js';
export * from './events.js';
export * from './subjects.js';
export * from './health.js';
export * from './geography.js';
export * from './catalog.js';
export * from './preorder.js';
export * from './order.js';
