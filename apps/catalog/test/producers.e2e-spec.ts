import { randomUUID } from 'node:crypto';
import { CatalogSubjects } from '@app/contracts';
import type { Caller } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';
import {
  BAN_THAM,
  bearer,
  CHIANG_MAI_CITY,
  createProduct,
  createProducer,
  DOK_KHAMTAI,
  outboxEvents,
  producerBody,
  queryDb,
  randomPhone,
  VALID_NATIONAL_ID,
} from './catalog-fixtures.js';

describe('catalog: LAO corrections and producers (issue 3, points 1–2)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'] });
  let admin: string;
  let laoAdmin: string;
  let laoAdminCaller: Caller;

  beforeAll(async () => {
    admin = await sys.adminToken();
    const a = await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI });
    laoAdmin = a.token;
    laoAdminCaller = { userId: a.id, roles: ['lao_admin'], laoCode: DOK_KHAMTAI, provinceCode: '56' };
  });

  const field = (res: { body: { fields?: Array<{ field: string }> } }) => res.body.fields?.map((f) => f.field);
  const postProducer = (token: string, body: object) =>
    sys.http().post('/api/v1/producers').set(bearer(token)).send(body);
  const patchProducer = (token: string, id: string, body: object) =>
    sys.http().patch(`/api/v1/producers/${id}`).set(bearer(token)).send(body);
  const postLao = (token: string, body: object) => sys.http().post('/api/v1/laos').set(bearer(token)).send(body);

  describe('a dla_admin adds or corrects an LAO', () => {
    it('adds an LAO with its display name, refuses the same code twice, corrects it, and raises catalog.lao.upserted', async () => {
      const lao = { code: '6560599', type: 'subdistrict_admin_org', districtCode: '5605' };
      const created = await postLao(admin, { ...lao, nameTh: 'บ้านทดสอบ' }).expect(201);
      expect(created.body).toMatchObject({
        code: '6560599',
        typeTh: 'องค์การบริหารส่วนตำบล',
        displayNameTh: 'องค์การบริหารส่วนตำบลบ้านทดสอบ',
        provinceCode: '56',
        districtCode: '5605',
      });
      await sys.http().get('/api/v1/laos/6560599').expect(200);

      const again = await postLao(admin, { ...lao, nameTh: 'ซ้ำ' }).expect(409);
      expect(field(again)).toEqual(['code']);

      const corrected = await sys
        .http()
        .patch('/api/v1/laos/6560599')
        .set(bearer(admin))
        .send({ nameTh: 'บ้านแก้ไข', type: 'subdistrict_municipality' })
        .expect(200);
      expect(corrected.body).toMatchObject({ displayNameTh: 'เทศบาลตำบลบ้านแก้ไข', type: 'subdistrict_municipality' });
      expect((await sys.http().get('/api/v1/laos/6560599').expect(200)).body.displayNameTh).toBe('เทศบาลตำบลบ้านแก้ไข');

      await eventually(async () => {
        const events = await outboxEvents(sys, 'catalog.lao.upserted', 'laoCode', '6560599');
        expect(events.map((e) => [e.payload.data.displayNameTh, e.published])).toEqual([
          ['องค์การบริหารส่วนตำบลบ้านทดสอบ', true],
          ['เทศบาลตำบลบ้านแก้ไข', true],
        ]);
      });
    });

    it('refuses others, unknown codes and a code that does not match its district', async () => {
      const body = { code: '6560598', type: 'subdistrict_admin_org', nameTh: 'x', districtCode: '5605' };
      expect((await postLao(laoAdmin, body).expect(403)).body.code).toBe('FORBIDDEN');
      expect(field(await postLao(admin, { ...body, code: '6569999', districtCode: '5699' }).expect(404))).toEqual([
        'districtCode',
      ]);
      expect(field(await postLao(admin, { ...body, districtCode: '5601' }).expect(400))).toEqual(['districtCode']);
      expect(
        field(await sys.http().patch('/api/v1/laos/6560597').set(bearer(admin)).send({ nameTh: 'x' }).expect(404)),
      ).toEqual(['code']);
      expect(field(await postLao(admin, { ...body, type: 'kingdom' }).expect(400))).toEqual(['type']);
      await sys.http().get('/api/v1/laos/6560598').expect(404);
      expect(field(await sys.http().get('/api/v1/laos').query({ provinceCode: '99' }).expect(404))).toEqual([
        'provinceCode',
      ]);
      expect(field(await sys.http().get('/api/v1/laos').query({ districtCode: '5699' }).expect(404))).toEqual([
        'districtCode',
      ]);
    });
  });

  describe('producers', () => {
    it('lets a lao_admin onboard a producer of its LAO and raises catalog.producer.registered', async () => {
      const res = await postProducer(laoAdmin, producerBody(DOK_KHAMTAI, { promptPayId: VALID_NATIONAL_ID })).expect(
        201,
      );
      expect(res.body).toMatchObject({
        id: expect.any(String),
        kind: 'farmer',
        memberCount: 1,
        laoCode: DOK_KHAMTAI,
        districtCode: '5605',
        provinceCode: '56',
        promptPayId: VALID_NATIONAL_ID,
      });
      await eventually(async () => {
        const [e] = await outboxEvents(sys, 'catalog.producer.registered', 'producerId', res.body.id);
        expect(e).toMatchObject({
          published: true,
          payload: { data: { kind: 'farmer', memberCount: 1, laoCode: DOK_KHAMTAI, provinceCode: '56' } },
        });
      });
    });

    it("keeps a community enterprise's members and counts others as one", async () => {
      const ce = await createProducer(
        sys,
        laoAdmin,
        producerBody(DOK_KHAMTAI, { kind: 'community_enterprise', name: 'วิสาหกิจชุมชนลำไยดอกคำใต้', memberCount: 25 }),
      );
      expect(ce.memberCount).toBe(25);
      const bad = await postProducer(laoAdmin, producerBody(DOK_KHAMTAI, { memberCount: 3 })).expect(400);
      expect(field(bad)).toEqual(['memberCount']);
      expect(
        field(
          await postProducer(
            laoAdmin,
            producerBody(DOK_KHAMTAI, { kind: 'community_enterprise', memberCount: 0 }),
          ).expect(400),
        ),
      ).toEqual(['memberCount']);
    });

    it('scopes onboarding: a lao_admin its LAO, a province_admin its province, a dla_admin anywhere', async () => {
      const name = `นอกเขต ${Math.random()}`;
      const other = await postProducer(laoAdmin, producerBody(BAN_THAM, { name })).expect(403);
      expect(other.body.code).toBe('FORBIDDEN');
      expect(await queryDb(sys, 'catalog', 'SELECT id FROM producers WHERE name = $1', [name])).toEqual([]);

      const province = (await sys.userWithRole('province_admin', { provinceCode: '56' })).token;
      await postProducer(province, producerBody(BAN_THAM)).expect(201);
      await postProducer(province, producerBody(CHIANG_MAI_CITY)).expect(403);
      await postProducer(admin, producerBody(CHIANG_MAI_CITY)).expect(201);
      const consumer = (await sys.userWithRole('consumer')).token;
      await postProducer(consumer, producerBody()).expect(403);
      await sys.http().post('/api/v1/producers').send(producerBody()).expect(401);
    });

    it('names each bad field: unknown LAO, PromptPay ID, contact URLs', async () => {
      const unknown = await postProducer(admin, producerBody('4569999')).expect(404);
      expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'laoCode' }] });
      expect(unknown.body.message).toContain('4569999');

      for (const promptPayId of ['1101700207112', '021234567', '12345']) {
        expect(field(await postProducer(laoAdmin, producerBody(DOK_KHAMTAI, { promptPayId })).expect(400))).toEqual([
          'promptPayId',
        ]);
      }
      const badUrls = producerBody(DOK_KHAMTAI, {
        contacts: { facebookUrl: 'javascript:alert(1)', tiktokUrl: 'ftp://tiktok.com/x' },
      });
      expect(field(await postProducer(laoAdmin, badUrls).expect(400))!.sort()).toEqual([
        'contacts.facebookUrl',
        'contacts.tiktokUrl',
      ]);
      expect(field(await postProducer(laoAdmin, { ...producerBody(), kind: 'company' }).expect(400))).toEqual(['kind']);
      const name = `array ${Math.random()}`;
      for (const contacts of [[{ phone: '0812345678' }], 'line @x', null]) {
        const res = await postProducer(laoAdmin, producerBody(DOK_KHAMTAI, { name, contacts })).expect(400);
        expect([contacts, [...new Set(field(res))]]).toEqual([contacts, ['contacts']]);
      }
      expect(await queryDb(sys, 'catalog', 'SELECT id FROM producers WHERE name = $1', [name])).toEqual([]);
    });

    it('shows contacts publicly only with consent, the PromptPay ID only to who manages it', async () => {
      const hidden = await createProducer(sys, laoAdmin, producerBody(DOK_KHAMTAI, { publishContacts: false }));
      const pub = await sys.http().get(`/api/v1/producers/${hidden.id}`).expect(200);
      expect(pub.body.contacts).toEqual({});
      expect(pub.body.promptPayId).toBeUndefined();
      const mine = await sys.http().get(`/api/v1/producers/${hidden.id}`).set(bearer(laoAdmin)).expect(200);
      expect(mine.body).toMatchObject({ contacts: { phone: '0812345678' }, promptPayId: '0812345678' });
      expect(
        (await sys.http().get('/api/v1/producers').query({ laoCode: DOK_KHAMTAI }).expect(200)).body.total,
      ).toBeGreaterThan(0);
      expect(field(await sys.http().get('/api/v1/producers').query({ laoCode: '4569999' }).expect(404))).toEqual([
        'laoCode',
      ]);
    });

    it('corrects a producer and raises catalog.producer.updated', async () => {
      const p = await createProducer(sys, laoAdmin);
      const updated = await patchProducer(laoAdmin, p.id, { kind: 'community_enterprise', memberCount: 12 }).expect(
        200,
      );
      expect(updated.body).toMatchObject({ kind: 'community_enterprise', memberCount: 12 });
      await patchProducer(laoAdmin, p.id, { laoCode: CHIANG_MAI_CITY }).expect(403);
      expect(field(await patchProducer(laoAdmin, p.id, { promptPayId: '1101700207110' }).expect(400))).toEqual([
        'promptPayId',
      ]);
      // nothing of a producer can be cleared: null is refused, not silently ignored
      for (const key of ['kind', 'name', 'laoCode', 'memberCount', 'contacts', 'publishContacts', 'promptPayId']) {
        const res = await patchProducer(laoAdmin, p.id, { [key]: null }).expect(400);
        expect([key, [...new Set(field(res))]]).toEqual([key, [key]]);
      }
      expect(field(await patchProducer(laoAdmin, p.id, { contacts: [{ phone: '0899999999' }] }).expect(400))).toEqual([
        'contacts',
      ]);
      expect(
        (await sys.http().get(`/api/v1/producers/${p.id}`).set(bearer(laoAdmin)).expect(200)).body.contacts,
      ).toEqual({ phone: '0812345678', lineId: '@lungma', facebookUrl: 'https://www.facebook.com/lungma' });
      await eventually(async () => {
        const events = await outboxEvents(sys, 'catalog.producer.updated', 'producerId', p.id);
        expect(events.map((e) => [e.payload.data.memberCount, e.published])).toEqual([[12, true]]);
      });
    });
  });

  describe('withdrawing a registration (the onboarding undoes a producer whose login could not be made)', () => {
    const withdraw = (id: string, caller: Caller) =>
      sys.rpc(CatalogSubjects.withdrawProducer, { id }, caller).then(
        () => 'ok',
        (e: { code: string }) => e.code,
      );

    it('lets only whoever registered it withdraw it, removes it and raises catalog.producer.withdrawn after registered', async () => {
      const p = await createProducer(sys, laoAdmin);
      const colleague = { ...laoAdminCaller, userId: '00000000-0000-4000-8000-000000000001' };
      expect(await withdraw(p.id, colleague)).toBe('FORBIDDEN');
      expect(await withdraw(p.id, laoAdminCaller)).toBe('ok');
      expect(await queryDb(sys, 'catalog', 'SELECT id FROM producers WHERE id = $1', [p.id])).toEqual([]);
      await sys.http().get(`/api/v1/producers/${p.id}`).expect(404);
      expect(await withdraw(p.id, laoAdminCaller)).toBe('NOT_FOUND');
      await eventually(async () => {
        const rows = await queryDb<{ type: string; published: boolean }>(
          sys,
          'catalog',
          `SELECT type, published_at IS NOT NULL AS published FROM outbox WHERE payload->'data'->>'producerId' = $1 ORDER BY seq`,
          [p.id],
        );
        expect(rows).toEqual([
          { type: 'catalog.producer.registered', published: true },
          { type: 'catalog.producer.membership-approved', published: true }, // registered by an administrator: its members are approved
          { type: 'catalog.producer.withdrawn', published: true },
        ]);
      });
    });

    it('refuses once the producer has products (it is in use: a withdrawal is not a deletion)', async () => {
      const p = await createProducer(sys, laoAdmin);
      await createProduct(sys, laoAdmin, p.id);
      expect(await withdraw(p.id, laoAdminCaller)).toBe('CONFLICT');
      await sys.http().get(`/api/v1/producers/${p.id}`).expect(200);
    });

    it('answers a repeated registration by the same caller with the same producer (a retry), and refuses another caller', async () => {
      const id = randomUUID();
      const body = { ...producerBody(DOK_KHAMTAI), id };
      const first = await sys.rpc<{ id: string; createdAt: string }>(
        CatalogSubjects.registerProducer,
        body,
        laoAdminCaller,
      );
      const again = await sys.rpc<{ id: string; createdAt: string }>(
        CatalogSubjects.registerProducer,
        body,
        laoAdminCaller,
      );
      expect(again).toEqual(first);
      const other = await sys
        .rpc(CatalogSubjects.registerProducer, body, {
          userId: '00000000-0000-4000-8000-000000000002',
          roles: ['dla_admin'],
        })
        .catch((e: { code: string }) => e.code);
      expect(other).toBe('DUPLICATE');
      expect(await outboxEvents(sys, 'catalog.producer.registered', 'producerId', id)).toHaveLength(1);
    });
  });

  describe('a producer with a login', () => {
    it('creates the login bound to the producer and its LAO; the producer manages only its own products', async () => {
      const phone = randomPhone();
      const res = await postProducer(laoAdmin, {
        ...producerBody(),
        account: { phone, password: 'farmer-pass-1' },
      }).expect(201);
      const token = await sys.login(phone, 'farmer-pass-1');
      const me = await sys.http().get('/api/v1/auth/me').set(bearer(token)).expect(200);
      expect(me.body).toMatchObject({
        id: res.body.userId,
        roles: ['producer'],
        producerId: res.body.id,
        laoCode: DOK_KHAMTAI,
      });

      const own = await sys
        .http()
        .post('/api/v1/products')
        .set(bearer(token))
        .send({ producerId: res.body.id, name: 'ลิ้นจี่', category: 'fruit', unit: 'kg', priceSatang: 8000 })
        .expect(201);
      await sys
        .http()
        .patch(`/api/v1/products/${own.body.id}`)
        .set(bearer(token))
        .send({ priceSatang: 9000 })
        .expect(200);
      const neighbour = await createProducer(sys, laoAdmin);
      await sys
        .http()
        .post('/api/v1/products')
        .set(bearer(token))
        .send({ producerId: neighbour.id, name: 'x', category: 'fruit', unit: 'kg', priceSatang: 1 })
        .expect(403);
      await postProducer(token, producerBody()).expect(403);
    });

    it('leaves no login when the catalog refuses the producer', async () => {
      for (const [laoCode, status] of [
        [BAN_THAM, 403],
        ['4569999', 404],
      ] as const) {
        const phone = randomPhone();
        await postProducer(laoAdmin, {
          ...producerBody(laoCode),
          account: { phone, password: 'farmer-pass-1' },
        }).expect(status);
        expect(await queryDb(sys, 'gateway', 'SELECT id FROM users WHERE phone = $1', [phone])).toEqual([]);
        await sys.http().post('/api/v1/auth/login').send({ login: phone, password: 'farmer-pass-1' }).expect(401);
      }
    });

    it("leaves no producer when the account phone is a staff login's (a consumer's is linked after a code), and no login for an invalid body", async () => {
      const taken = await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI });
      const name = `ซ้ำ ${Math.random()}`;
      const dup = await postProducer(laoAdmin, {
        ...producerBody(DOK_KHAMTAI, { name }),
        account: { phone: taken.phone, password: 'farmer-pass-1' },
      }).expect(409);
      expect(dup.body).toMatchObject({ code: 'DUPLICATE', fields: [{ field: 'account.phone' }] });
      expect(await queryDb(sys, 'catalog', 'SELECT id FROM producers WHERE name = $1', [name])).toEqual([]);

      const phone = randomPhone();
      const bad = await postProducer(laoAdmin, {
        ...producerBody(DOK_KHAMTAI, { promptPayId: '1101700207112' }),
        account: { phone, password: 'short' },
      }).expect(400);
      expect(field(bad)!.sort()).toEqual(['account.password', 'promptPayId']);
      expect(await queryDb(sys, 'gateway', 'SELECT id FROM users WHERE phone = $1', [phone])).toEqual([]);
    });
  });
});
