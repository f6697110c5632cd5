export * from './database.js';
export * from './migration.js';
export * from './prepared.js';
export * from './returning.js';
export * from './insert-missing.js';
