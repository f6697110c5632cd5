import { TestSystem } from '@app/testing';
import { Actors, bearer, LAO, makeActors, open, openOrder } from './support/order-fixtures.js';

const phone = () => `08${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** GET /orders?q=: an LAO's staff find an order by the number consumers see, or by the consumer's phone. */
describe('order search (GET /orders?q=)', () => {
  let sys: TestSystem;
  let a: Actors;

  beforeAll(async () => {
    sys = await TestSystem.start({ services: ['catalog', 'order'] });
    a = await makeActors(sys);
  });
  afterAll(async () => {
    await sys?.close();
  });

  const search = (token: string, q: string) => sys.http().get('/api/v1/orders').set(bearer(token)).query({ q });
  const ids = async (token: string, q: string) =>
    ((await search(token, q).expect(200)).body.items as Array<{ id: string }>).map((o) => o.id);

  it('finds an order by its number (the first 8 characters, any case, with #) or by its whole id', async () => {
    const o = openOrder({ producerId: a.producerId, consumerId: a.consumer.id });
    await open(sys, o);
    expect(await ids(a.laoAdmin.token, o.orderId.slice(0, 8))).toEqual([o.orderId]);
    expect(await ids(a.laoAdmin.token, `#${o.orderId.slice(0, 8).toUpperCase()}`)).toEqual([o.orderId]);
    expect(await ids(a.laoAdmin.token, o.orderId)).toEqual([o.orderId]);
    // the consumer finds it too; another LAO's admin does not
    expect(await ids(a.consumer.token, o.orderId.slice(0, 8))).toEqual([o.orderId]);
    expect(await ids(a.otherLaoAdmin.token, o.orderId.slice(0, 8))).toEqual([]);
  });

  it("finds orders by the consumer's login phone, and by the phone of a delivery address", async () => {
    const consumer = await sys.userWithRole('consumer');
    const pickup = openOrder({ producerId: a.producerId, consumerId: consumer.id });
    const deliveryPhone = phone();
    const delivery = openOrder({
      producerId: a.producerId,
      consumerId: a.otherConsumer.id,
      fulfilment: {
        type: 'delivery',
        address: {
          line1: '12 หมู่ 3',
          districtCode: LAO.districtCode,
          provinceCode: LAO.provinceCode,
          postalCode: '56120',
          phone: deliveryPhone,
        },
      },
      deliveryFeeSatang: 5000,
    });
    await open(sys, pickup, delivery);
    expect(await ids(a.laoAdmin.token, consumer.phone)).toEqual([pickup.orderId]);
    expect(await ids(a.laoAdmin.token, deliveryPhone)).toEqual([delivery.orderId]);
    expect(await ids(a.otherLaoAdmin.token, consumer.phone)).toEqual([]);
    expect(await ids(a.laoAdmin.token, phone())).toEqual([]);
  });

  it('refuses a search that is neither an order number nor a phone', async () => {
    for (const q of ['abc', 'มะม่วง', 'zzzzzzzzzz']) {
      const r = await search(a.laoAdmin.token, q).expect(400);
      expect(r.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'q' })]));
    }
  });
});
