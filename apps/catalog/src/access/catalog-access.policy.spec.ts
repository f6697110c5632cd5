import type { Caller } from '@app/contracts';
import { administersArea, mayManageProducer } from './catalog-access.policy.js';

const dokKhamtai = { laoCode: '4560501', provinceCode: '56' };
const elsewhere = { laoCode: '3500101', provinceCode: '50' };
const dla: Caller = { userId: 'd', roles: ['dla_admin'] };
const province56: Caller = { userId: 'p', roles: ['province_admin'], provinceCode: '56' };
const lao: Caller = { userId: 'l', roles: ['lao_admin'], laoCode: '4560501', provinceCode: '56' };
const producer: Caller = { userId: 'f', roles: ['producer'], laoCode: '4560501', producerId: 'p1' };
const consumer: Caller = { userId: 'c', roles: ['consumer'] };

describe('catalog access', () => {
  it('gives each administrator its area only', () => {
    expect([dla, province56, lao].map((c) => administersArea(c, dokKhamtai))).toEqual([true, true, true]);
    expect([dla, province56, lao].map((c) => administersArea(c, elsewhere))).toEqual([true, false, false]);
    expect(administersArea(consumer, dokKhamtai)).toBe(false);
    expect(administersArea(producer, dokKhamtai)).toBe(false);
  });

  it('lets a producer login manage its own producer only', () => {
    expect(mayManageProducer(producer, { id: 'p1', ...dokKhamtai })).toBe(true);
    expect(mayManageProducer(producer, { id: 'p2', ...dokKhamtai })).toBe(false);
    expect(mayManageProducer(lao, { id: 'p2', ...dokKhamtai })).toBe(true);
    expect(mayManageProducer(lao, { id: 'p3', ...elsewhere })).toBe(false);
  });
});
