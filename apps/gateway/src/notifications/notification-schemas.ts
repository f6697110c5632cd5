import { LANGUAGES, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';

/** OpenAPI schemas of libs/contracts/src/notification.ts (NotificationPageV1, NotificationPreferencesV1, DeliveryLogV1). */
const time = (nullable = false): SchemaObject => ({ type: 'string', format: 'date-time', ...(nullable ? { nullable } : {}) });
const kind: SchemaObject = { type: 'string', enum: [...NOTIFICATION_KINDS] };
const channel: SchemaObject = { type: 'string', enum: [...NOTIFICATION_CHANNELS] };

export const NOTIFICATION_ITEM_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind,
    title: { type: 'string' },
    body: { type: 'string' },
    link: { type: 'string', nullable: true, description: 'a path of the web app' },
    createdAt: time(),
    readAt: time(true),
  },
  required: ['id', 'kind', 'title', 'body', 'link', 'createdAt', 'readAt'],
};

export const NOTIFICATION_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: NOTIFICATION_ITEM_SCHEMA }, unread: { type: 'integer', description: 'unread notifications in all pages' } },
  required: ['items', 'unread'],
};

export const NOTIFICATION_PREFERENCES_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    language: { type: 'string', enum: [...LANGUAGES] },
    email: { type: 'string', nullable: true },
    phone: { type: 'string', nullable: true },
    lineLinked: { type: 'boolean' },
    channels: {
      type: 'object',
      description: 'per kind the channels besides in-app (always on)',
      properties: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { type: 'array', items: channel }])),
      required: [...NOTIFICATION_KINDS],
    },
  },
  required: ['language', 'email', 'phone', 'lineLinked', 'channels'],
};

export const DELIVERY_LOG_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    userId: { type: 'string', format: 'uuid' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          notificationId: { type: 'string', format: 'uuid' },
          kind,
          createdAt: time(),
          status: { type: 'string', enum: ['shown', 'not_sent'] },
          reason: { type: 'string', nullable: true },
          deliveries: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                channel,
                status: { type: 'string', enum: ['queued', 'sent', 'failed', 'merged'] },
                attempts: { type: 'integer' },
                answer: { type: 'string', nullable: true },
                updatedAt: time(),
              },
              required: ['channel', 'status', 'attempts', 'answer', 'updatedAt'],
            },
          },
        },
        required: ['notificationId', 'kind', 'createdAt', 'status', 'reason', 'deliveries'],
      },
    },
  },
  required: ['userId', 'items'],
};

export const LINE_LINK_START_SCHEMA: SchemaObject = { type: 'object', properties: { authorizeUrl: { type: 'string' } }, required: ['authorizeUrl'] };
