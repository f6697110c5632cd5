import { MEMBERSHIP_PROPOSAL_STATUSES, PRODUCER_KINDS } from '@app/contracts';
import type { SchemaObject } from '../http/openapi-schema.js';


/** OpenAPI schemas of the producer responses (ProducerV1 of libs/contracts/src/catalog-views.ts). */
export const CONTACTS_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'contact channels; each only when given (and, for the public, only when the producer consented to publish them)',
  properties: {
    phone: { type: 'string', example: '0812345678' },
    lineId: { type: 'string', example: '@lungma' },
    facebookUrl: { type: 'string', format: 'uri' },
    tiktokUrl: { type: 'string', format: 'uri' },
  },
};

const PRODUCER_PROPERTIES: Record<string, SchemaObject> = {
  id: { type: 'string', format: 'uuid' },
  kind: { type: 'string', enum: [...PRODUCER_KINDS] },
  name: { type: 'string', example: 'ลุงมา ใจดี' },
  laoCode: { type: 'string', example: '4560501' },
  districtCode: { type: 'string', example: '5605' },
  provinceCode: { type: 'string', example: '56' },
  memberCount: { type: 'integer', description: 'members (a community enterprise counts its members as beneficiaries)' },
  publishContacts: { type: 'boolean' },
  contacts: CONTACTS_SCHEMA,
  promptPayId: { type: 'string', description: 'only for those who manage the producer' },
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
};
const PRODUCER_REQUIRED = ['id', 'kind', 'name', 'laoCode', 'districtCode', 'provinceCode', 'memberCount', 'publishContacts', 'contacts', 'createdAt', 'updatedAt'];

export const PRODUCER_SCHEMA: SchemaObject = { type: 'object', properties: PRODUCER_PROPERTIES, required: PRODUCER_REQUIRED };

export const REGISTERED_PRODUCER_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    ...PRODUCER_PROPERTIES,
    userId: { type: 'string', format: 'uuid', description: 'its login, when one was asked for (account) and made' },
    accountLink: {
      type: 'string',
      enum: ['code_sent'],
      description:
        'the phone of `account` already has a verified login (the farmer shops here): a code was sent to it, and POST /producers/{id}/account-link with that code makes it the producer\'s login (its own password stays)',
    },
  },
  required: PRODUCER_REQUIRED,
};

export const PRODUCER_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: PRODUCER_SCHEMA }, total: { type: 'integer', description: 'matches across all pages' } },
  required: ['items', 'total'],
};

export const LINKED_ACCOUNT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { userId: { type: 'string', format: 'uuid', description: 'the login, now the producer\'s' } },
  required: ['userId'],
};

/** MembershipProposalV1 and MembershipChangeV1 of libs/contracts/src/catalog-membership.ts. */
export const MEMBERSHIP_PROPOSAL_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    producerId: { type: 'string', format: 'uuid' },
    producerName: { type: 'string' },
    laoCode: { type: 'string', example: '4560501' },
    kind: { type: 'string', enum: [...PRODUCER_KINDS], description: 'asked for' },
    memberCount: { type: 'integer', description: 'asked for' },
    currentKind: { type: 'string', enum: [...PRODUCER_KINDS], description: 'approved when the proposal was made' },
    currentMemberCount: { type: 'integer', description: 'approved when the proposal was made' },
    note: { type: 'string', nullable: true },
    status: { type: 'string', enum: [...MEMBERSHIP_PROPOSAL_STATUSES], description: 'superseded: the producer proposed again before a decision' },
    proposedBy: { type: 'string', format: 'uuid' },
    proposedAt: { type: 'string', format: 'date-time' },
    decidedBy: { type: 'string', format: 'uuid', nullable: true },
    decidedAt: { type: 'string', format: 'date-time', nullable: true },
    reason: { type: 'string', nullable: true, description: "the administrator's reason (always given on a rejection)" },
  },
  required: ['id', 'producerId', 'producerName', 'laoCode', 'kind', 'memberCount', 'currentKind', 'currentMemberCount', 'note', 'status', 'proposedBy', 'proposedAt', 'decidedBy', 'decidedAt', 'reason'],
};

export const MEMBERSHIP_PROPOSAL_PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: MEMBERSHIP_PROPOSAL_SCHEMA }, total: { type: 'integer' } },
  required: ['items', 'total'],
};

export const MEMBERSHIP_CHANGE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    producerId: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: [...PRODUCER_KINDS] },
    memberCount: { type: 'integer' },
    previousKind: { type: 'string', enum: [...PRODUCER_KINDS], nullable: true },
    previousMemberCount: { type: 'integer', nullable: true },
    source: { type: 'string', enum: ['registration', 'proposal', 'admin', 'migration'] },
    proposalId: { type: 'string', format: 'uuid', nullable: true },
    reason: { type: 'string', nullable: true },
    changedBy: { type: 'string', format: 'uuid', nullable: true, description: 'who approved or made the change' },
    changedAt: { type: 'string', format: 'date-time', description: 'from when it counts in the report' },
  },
  required: ['id', 'producerId', 'kind', 'memberCount', 'previousKind', 'previousMemberCount', 'source', 'proposalId', 'reason', 'changedBy', 'changedAt'],
};

export const MEMBERSHIP_HISTORY_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { items: { type: 'array', items: MEMBERSHIP_CHANGE_SCHEMA }, total: { type: 'integer' } },
  required: ['items', 'total'],
};
