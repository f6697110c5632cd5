export * from './sms-sender.js';
export * from './sms-config.js';
export * from './log-sms-sender.js';
export * from './thaibulksms-sender.js';
export * from './create-sms-sender.js';
