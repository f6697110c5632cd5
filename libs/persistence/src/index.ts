export * from './database.js';
export * from './prepared.js';
export * from './insert-missing.js';
