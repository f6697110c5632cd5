import type { Caller } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { assertMayBindProducer, assertMayCreateUser, assertMayRevoke, provinceOfLao } from './user-admin.policy.js';

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

  it('refuses everyone else', () =>
    expect(code(() => assertMayCreateUser(consumer, { role: 'consumer' }))).toBe('FORBIDDEN'));

  it('requires the binding of each role', () => {
    expect(code(() => assertMayCreateUser(dla, { role: 'lao_admin' }))).toBe('VALIDATION_FAILED');
    expect(code(() => assertMayCreateUser(dla, { role: 'province_admin' }))).toBe('VALIDATION_FAILED');
  });

  it('requires the producer a producer login acts for', () => {
    expect(code(() => assertMayCreateUser(laoDokKhamtai, { role: 'producer', laoCode: '4560501' }))).toBeUndefined();
    expect(code(() => assertMayBindProducer(laoDokKhamtai, { role: 'producer', laoCode: '4560501' }, null))).toBe(
      'VALIDATION_FAILED',
    );
  });
});

describe('assertMayBindProducer', () => {
  const target = { role: 'producer' as const, laoCode: '4560501', producerId: 'p1' };

  it('binds a producer login only to a producer of the LAO it names', () => {
    expect(code(() => assertMayBindProducer(laoDokKhamtai, target, { laoCode: '4560501' }))).toBeUndefined();
    expect(code(() => assertMayBindProducer(dla, target, { laoCode: '4560501' }))).toBeUndefined();
  });

  it('refuses a producer of an LAO outside the caller’s scope (403), and a mismatch within it (400 naming producerId)', () => {
    expect(code(() => assertMayBindProducer(laoDokKhamtai, target, { laoCode: '5560502' }))).toBe('FORBIDDEN');
    let error: DomainError | undefined;
    try {
      assertMayBindProducer(dla, target, { laoCode: '5560502' });
    } catch (e) {
      error = e as DomainError;
    }
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'producerId' }] });
  });

  it('lets each admin end the sign-ins of the logins it may create, and no one else', () => {
    const laoUser = { role: 'lao_admin' as const, laoCode: '4560501', provinceCode: '56' };
    const producerUser = { role: 'producer' as const, laoCode: '4560501', provinceCode: '56' };
    expect(() => assertMayRevoke(dla, { role: 'consumer' })).not.toThrow();
    expect(() => assertMayRevoke(province56, laoUser)).not.toThrow();
    expect(() => assertMayRevoke(province56, producerUser)).not.toThrow();
    expect(code(() => assertMayRevoke(province56, { ...laoUser, laoCode: '3500101', provinceCode: '50' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(() => assertMayRevoke(province56, { role: 'province_admin', provinceCode: '56' }))).toBe('FORBIDDEN');
    expect(() => assertMayRevoke(laoDokKhamtai, producerUser)).not.toThrow();
    expect(code(() => assertMayRevoke(laoDokKhamtai, laoUser))).toBe('FORBIDDEN');
    expect(code(() => assertMayRevoke(consumer, producerUser))).toBe('FORBIDDEN');
  });
});
