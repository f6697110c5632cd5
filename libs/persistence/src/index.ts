export * from './database.js';
export * from './prepared.js';
