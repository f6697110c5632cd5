import { bearer, LAO, open, openOrder, ownOrder, useOrderSystem } from './support/order-fixtures.js';

const phone = () => `08${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** GET /orders?q=: an LAO's staff find an order by the number consumers see, or by the consumer's phone. */
describe('order search (GET /orders?q=)', () => {
  const t = useOrderSystem();

  const search = (token: string, q: string) => t.sys.http().get('/api/v1/orders').set(bearer(token)).query({ q });
  const ids = async (token: string, q: string) =>
    ((await search(token, q).expect(200)).body.items as Array<{ id: string }>).map((o) => o.id);

  it('finds an order by its number (the first 8 characters, any case, with #) or by its whole id', async () => {
    const o = ownOrder(t.a);
    await open(t.sys, o);
    expect(await ids(t.a.laoAdmin.token, o.orderId.slice(0, 8))).toEqual([o.orderId]);
    expect(await ids(t.a.laoAdmin.token, `#${o.orderId.slice(0, 8).toUpperCase()}`)).toEqual([o.orderId]);
    expect(await ids(t.a.laoAdmin.token, o.orderId)).toEqual([o.orderId]);
    // the consumer finds it too; another LAO's admin does not
    expect(await ids(t.a.consumer.token, o.orderId.slice(0, 8))).toEqual([o.orderId]);
    expect(await ids(t.a.otherLaoAdmin.token, o.orderId.slice(0, 8))).toEqual([]);
  });

  it("finds orders by the consumer's login phone, and by the phone of a delivery address", async () => {
    const consumer = await t.sys.userWithRole('consumer');
    const pickup = openOrder({ producerId: t.a.producerId, consumerId: consumer.id });
    const deliveryPhone = phone();
    const delivery = openOrder({
      producerId: t.a.producerId,
      consumerId: t.a.otherConsumer.id,
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
    await open(t.sys, pickup, delivery);
    expect(await ids(t.a.laoAdmin.token, consumer.phone)).toEqual([pickup.orderId]);
    expect(await ids(t.a.laoAdmin.token, deliveryPhone)).toEqual([delivery.orderId]);
    expect(await ids(t.a.otherLaoAdmin.token, consumer.phone)).toEqual([]);
    expect(await ids(t.a.laoAdmin.token, phone())).toEqual([]);
  });

  it('refuses a search that is neither an order number nor a phone', async () => {
    for (const q of ['abc', 'มะม่วง', 'zzzzzzzzzz']) {
      const r = await search(t.a.laoAdmin.token, q).expect(400);
      expect(r.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'q' })]));
    }
  });
});
