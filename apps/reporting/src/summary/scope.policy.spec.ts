import type { Caller } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { assertMaySetTarget, reportArea, submissionArea } from './scope.policy.js';

const dla: Caller = { userId: 'd', roles: ['dla_admin'] };
const province: Caller = { userId: 'p', roles: ['province_admin'], provinceCode: '56' };
const lao: Caller = { userId: 'l', roles: ['lao_admin'], laoCode: '4560501', provinceCode: '56' };
const producer: Caller = { userId: 'r', roles: ['producer'], laoCode: '4560501', producerId: 'prod-1' };
const consumer: Caller = { userId: 'c', roles: ['consumer'] };
const laoIn56 = { code: '4560501', districtCode: '5605', provinceCode: '56' };
const laoIn57 = { code: '4570101', districtCode: '5701', provinceCode: '57' };

const code = (f: () => unknown) => {
  try {
    f();
    return 'allowed';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('report scope', () => {
  it('lets a dla_admin see any area as asked', () => {
    expect(reportArea(dla, { provinceCode: '57' }, 'district', null)).toEqual({
      provinceCode: '57',
      districtCode: undefined,
      laoCode: undefined,
    });
    expect(reportArea(dla, {}, 'province', null)).toEqual({});
  });

  it('keeps a province_admin to its province', () => {
    expect(reportArea(province, {}, 'lao', null)).toMatchObject({ provinceCode: '56' });
    expect(reportArea(province, { laoCode: laoIn56.code }, 'lao', laoIn56)).toMatchObject({
      provinceCode: '56',
      laoCode: laoIn56.code,
    });
    expect(code(() => reportArea(province, { provinceCode: '57' }, 'lao', null))).toBe('FORBIDDEN');
    expect(code(() => reportArea(province, { districtCode: '5701' }, 'lao', null))).toBe('FORBIDDEN');
    expect(code(() => reportArea(province, { laoCode: laoIn57.code }, 'lao', laoIn57))).toBe('FORBIDDEN');
  });

  it('keeps a lao_admin to its LAO at LAO level', () => {
    expect(reportArea(lao, {}, 'lao', null)).toEqual({ laoCode: '4560501' });
    expect(code(() => reportArea(lao, { laoCode: laoIn57.code }, 'lao', laoIn57))).toBe('FORBIDDEN');
    expect(code(() => reportArea(lao, { provinceCode: '56' }, 'lao', null))).toBe('FORBIDDEN');
    expect(code(() => reportArea(lao, {}, 'district', null))).toBe('FORBIDDEN');
  });

  it('gives a producer only its own figures, and nobody else anything', () => {
    expect(reportArea(producer, {}, 'lao', null)).toMatchObject({ producerId: 'prod-1' });
    expect(code(() => reportArea(consumer, {}, 'lao', null))).toBe('FORBIDDEN');
    expect(code(() => reportArea(null, {}, 'lao', null))).toBe('UNAUTHENTICATED');
    expect(code(() => reportArea({ userId: 'x', roles: ['province_admin'] }, {}, 'lao', null))).toBe('FORBIDDEN');
  });

  it('refuses a district outside the named province as bad input', () => {
    expect(code(() => reportArea(dla, { provinceCode: '56', districtCode: '5701' }, 'lao', null))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('lets a province_admin set targets for its province and LAOs only, a dla_admin any', () => {
    expect(code(() => assertMaySetTarget(province, { provinceCode: '56' }, null))).toBe('allowed');
    expect(code(() => assertMaySetTarget(province, { laoCode: laoIn56.code }, laoIn56))).toBe('allowed');
    expect(code(() => assertMaySetTarget(province, { laoCode: laoIn57.code }, laoIn57))).toBe('FORBIDDEN');
    expect(code(() => assertMaySetTarget(province, { provinceCode: '57' }, null))).toBe('FORBIDDEN');
    expect(code(() => assertMaySetTarget(lao, { laoCode: laoIn56.code }, laoIn56))).toBe('FORBIDDEN');
    expect(code(() => assertMaySetTarget(dla, { laoCode: laoIn57.code }, laoIn57))).toBe('allowed');
  });

  it('submits the area an admin is bound to', () => {
    expect(submissionArea(dla)).toEqual({ level: 'nation', code: '' });
    expect(submissionArea(province)).toEqual({ level: 'province', code: '56' });
    expect(submissionArea(lao)).toEqual({ level: 'lao', code: '4560501' });
    expect(code(() => submissionArea(producer))).toBe('FORBIDDEN');
  });
});
