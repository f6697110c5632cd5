import { DomainError } from '@app/messaging';
import { memberCountFor, publishedContacts } from './producer.policy.js';

describe('memberCountFor', () => {
  it('keeps a community enterprise’s members and defaults it to 1', () => {
    expect(memberCountFor('community_enterprise', 25)).toBe(25);
    expect(memberCountFor('community_enterprise', undefined)).toBe(1);
  });
  it('counts a farmer or entrepreneur as one and refuses another count', () => {
    expect(memberCountFor('farmer', undefined)).toBe(1);
    expect(memberCountFor('entrepreneur', 1)).toBe(1);
    expect(() => memberCountFor('farmer', 3)).toThrow(DomainError);
  });
});

describe('publishedContacts', () => {
  it('shows contacts only with consent', () => {
    expect(publishedContacts({ phone: '0812345678' }, true)).toEqual({ phone: '0812345678' });
    expect(publishedContacts({ phone: '0812345678' }, false)).toEqual({});
  });
});
