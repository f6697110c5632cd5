import type { OrderSummaryV1 } from '@app/contracts';
import { bearer, LAO, open, openOrder, useOrderSystem } from './support/order-fixtures.js';

/** PDPA: the consumer's address and phone are for its producer and its LAO admin; overseers see figures. */
describe("orders and the consumer's personal data (address, phone)", () => {
  const t = useOrderSystem();
  let provinceAdmin: string;
  let dlaAdmin: string;
  const address = {
    line1: '12 หมู่ 3 บ้านสันป่าม่วง',
    subdistrict: 'ดอกคำใต้',
    districtCode: LAO.districtCode,
    provinceCode: LAO.provinceCode,
    postalCode: '56120',
    phone: '0891234567',
  };

  beforeAll(async () => {
    provinceAdmin = (await t.sys.userWithRole('province_admin', { provinceCode: LAO.provinceCode })).token;
    dlaAdmin = await t.sys.adminToken();
  });

  async function deliveryOrder() {
    const o = openOrder({
      producerId: t.a.producerId,
      consumerId: t.a.consumer.id,
      fulfilment: { type: 'delivery', address },
      deliveryFeeSatang: 5000,
    });
    await open(t.sys, o);
    return o;
  }
  const one = async (token: string, id: string) =>
    (await t.sys.http().get(`/api/v1/orders/${id}`).set(bearer(token)).expect(200)).body as OrderSummaryV1;
  const listed = async (token: string, id: string) =>
    (
      (await t.sys.http().get('/api/v1/orders').set(bearer(token)).query({ pageSize: 100 }).expect(200)).body
        .items as OrderSummaryV1[]
    ).find((o) => o.id === id)!;

  it('province and DLA admins see the order and its figures without the address and phone', async () => {
    const o = await deliveryOrder();
    for (const token of [provinceAdmin, dlaAdmin]) {
      for (const view of [await one(token, o.orderId), await listed(token, o.orderId)]) {
        expect(view.fulfilment).toEqual({
          type: 'delivery',
          address: { districtCode: LAO.districtCode, provinceCode: LAO.provinceCode },
        });
        expect(view.personalDataWithheld).toBe(true);
        expect(JSON.stringify(view)).not.toContain(address.phone);
        expect(JSON.stringify(view)).not.toContain(address.line1);
        expect(view).toMatchObject({ totalSatang: 105_000, quantity: 10, laoCode: LAO.laoCode });
      }
    }
  });

  it("the order's producer, its LAO admin and its consumer see the address and phone", async () => {
    const o = await deliveryOrder();
    for (const token of [t.a.producer.token, t.a.laoAdmin.token, t.a.consumer.token]) {
      for (const view of [await one(token, o.orderId), await listed(token, o.orderId)]) {
        expect(view.fulfilment).toEqual({ type: 'delivery', address });
        expect(view.personalDataWithheld).toBe(false);
      }
    }
  });

  it('province and DLA admins cannot find orders by a phone (403 naming q); the LAO admin can', async () => {
    await deliveryOrder();
    for (const token of [provinceAdmin, dlaAdmin]) {
      const r = await t.sys.http().get('/api/v1/orders').set(bearer(token)).query({ q: address.phone }).expect(403);
      expect(r.body.fields).toEqual([expect.objectContaining({ field: 'q' })]);
    }
    const lao = await t.sys
      .http()
      .get('/api/v1/orders')
      .set(bearer(t.a.laoAdmin.token))
      .query({ q: address.phone })
      .expect(200);
    expect(lao.body.items.length).toBeGreaterThan(0);
  });
});
