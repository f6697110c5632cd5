import type { Caller } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { assertMayCreateUser, provinceOfLao } from './user-admin.policy.js';

const dla: Caller = { userId: 'd', roles: ['dla_admin'] };
const province56: Caller = { userId: 'p', roles: ['province_admin'], provinceCode: '56' };
const laoDokKhamtai: Caller = { userId: 'l', roles: ['lao_admin'], laoCode: '4560501' };
const consumer: Caller = { userId: 'c', roles: ['consumer'] };

function code(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('assertMayCreateUser', () => {
  it('reads the province from a DLA code', () => expect(provinceOfLao('4560501')).toBe('56'));

  it('lets a dla_admin create any role', () => {
    expect(code(() => assertMayCreateUser(dla, { role: 'province_admin', provinceCode: '10' }))).toBeUndefined();
    expect(code(() => assertMayCreateUser(dla, { role: 'dla_admin' }))).toBeUndefined();
  });

  it('lets a province_admin create lao_admins of its province only', () => {
    expect(code(() => assertMayCreateUser(province56, { role: 'lao_admin', laoCode: '4560501' }))).toBeUndefined();
    expect(code(() => assertMayCreateUser(province56, { role: 'lao_admin', laoCode: '3500101' }))).toBe('FORBIDDEN');
    expect(code(() => assertMayCreateUser(province56, { role: 'producer', laoCode: '4560501' }))).toBe('FORBIDDEN');
  });

  it('lets a lao_admin create producers of its LAO only', () => {
    expect(code(() => assertMayCreateUser(laoDokKhamtai, { role: 'producer', laoCode: '4560501' }))).toBeUndefined();
    expect(code(() => assertMayCreateUser(laoDokKhamtai, { role: 'producer', laoCode: '4560502' }))).toBe('FORBIDDEN');
    expect(code(() => assertMayCreateUser(laoDokKhamtai, { role: 'lao_admin', laoCode: '4560501' }))).toBe('FORBIDDEN');
  });

  it('refuses everyone else', () => expect(code(() => assertMayCreateUser(consumer, { role: 'consumer' }))).toBe('FORBIDDEN'));

  it('requires the binding of each role', () => {
    expect(code(() => assertMayCreateUser(dla, { role: 'lao_admin' }))).toBe('VALIDATION_FAILED');
    expect(code(() => assertMayCreateUser(dla, { role: 'province_admin' }))).toBe('VALIDATION_FAILED');
  });
});
