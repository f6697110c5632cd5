import { flagReasons } from './flag-rules.js';
import type { SaleSignals } from './flag-rules.js';
import { phoneHash } from '../read-model/sale-parties.js';

const ordinary: SaleSignals = {
  goodsSatang: 25_000,
  consumerId: 'consumer-1',
  consumerPhoneHash: phoneHash('0891111111'),
  producerLoginUserId: 'producer-login',
  producerPhoneHashes: [phoneHash('0812345678')!],
  sameDayCount: 1,
};

describe('flags of sales that look made up', () => {
  it('leaves an ordinary sale alone', () => {
    expect(flagReasons(ordinary, 3)).toEqual([]);
  });

  it('flags a goods total of 0', () => {
    expect(flagReasons({ ...ordinary, goodsSatang: 0 }, 3)).toEqual(['zero_total']);
    expect(flagReasons({ ...ordinary, goodsSatang: 1 }, 3)).toEqual([]);
  });

  it("flags the producer's own login as the consumer, never a producer without a login", () => {
    expect(flagReasons({ ...ordinary, consumerId: 'producer-login' }, 3)).toEqual(['own_login']);
    expect(flagReasons({ ...ordinary, producerLoginUserId: null }, 3)).toEqual([]);
  });

  it("flags the producer's own phone however it is written, never a sale without a phone", () => {
    expect(flagReasons({ ...ordinary, consumerPhoneHash: phoneHash('+66 81-234-5678') }, 3)).toEqual(['own_phone']);
    expect(flagReasons({ ...ordinary, consumerPhoneHash: null }, 3)).toEqual([]);
    expect(phoneHash('not a phone')).toBeNull();
  });

  it('flags the threshold-th completion by one consumer at one producer in a day, not one fewer', () => {
    expect(flagReasons({ ...ordinary, sameDayCount: 2 }, 3)).toEqual([]);
    expect(flagReasons({ ...ordinary, sameDayCount: 3 }, 3)).toEqual(['repeat_consumer']);
    expect(flagReasons({ ...ordinary, sameDayCount: 2 }, 2)).toEqual(['repeat_consumer']);
  });

  it('gives every reason that applies', () => {
    expect(flagReasons({ ...ordinary, goodsSatang: 0, consumerId: 'producer-login', sameDayCount: 5 }, 3)).toEqual([
      'zero_total',
      'own_login',
      'repeat_consumer',
    ]);
  });
});
