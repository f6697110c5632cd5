import { errorCodeOf } from '@app/testing';
import type { Caller } from '@app/contracts';
import { assertIsConsumer, assertMayManage, assertMayRead } from './order-access.policy.js';

const order = { id: 'o1', consumerId: 'c1', producerId: 'p1', laoCode: '4560501', provinceCode: '56' };
const consumer: Caller = { userId: 'c1', roles: ['consumer'] };
const otherConsumer: Caller = { userId: 'c2', roles: ['consumer'] };
const producer: Caller = { userId: 'u1', roles: ['producer'], producerId: 'p1', laoCode: '4560501' };
const otherProducer: Caller = { userId: 'u2', roles: ['producer'], producerId: 'p2', laoCode: '4560501' };
const laoAdmin: Caller = { userId: 'u3', roles: ['lao_admin'], laoCode: '4560501' };
const otherLaoAdmin: Caller = { userId: 'u4', roles: ['lao_admin'], laoCode: '4560502' };
const provinceAdmin: Caller = { userId: 'u5', roles: ['province_admin'], provinceCode: '56' };
const dla: Caller = { userId: 'u6', roles: ['dla_admin'] };

describe('who may act on an order', () => {
  it.each([
    [consumer, 'OK', 'FORBIDDEN', 'OK'],
    [otherConsumer, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    [producer, 'OK', 'OK', 'FORBIDDEN'],
    [otherProducer, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    [laoAdmin, 'OK', 'OK', 'FORBIDDEN'],
    [otherLaoAdmin, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    [provinceAdmin, 'OK', 'FORBIDDEN', 'FORBIDDEN'],
    [dla, 'OK', 'FORBIDDEN', 'FORBIDDEN'],
  ])('%j: read %s, manage %s, confirm receipt %s', (caller, read, manage, confirm) => {
    expect(errorCodeOf(() => assertMayRead(caller, order))).toBe(read);
    expect(errorCodeOf(() => assertMayManage(caller, order))).toBe(manage);
    expect(errorCodeOf(() => assertIsConsumer(caller, order))).toBe(confirm);
  });
});
