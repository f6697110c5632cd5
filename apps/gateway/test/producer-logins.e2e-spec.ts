import { randomUUID } from 'node:crypto';
import { TestSystem } from '@app/testing';
import {
  BAN_THAM,
  bearer,
  createProducer,
  DOK_KHAMTAI,
  producerBody,
  queryDb,
  randomPhone,
} from '../../catalog/test/catalog-fixtures.js';

describe('producer logins created by an administrator (POST /admin/users, role producer)', () => {
  const sys = TestSystem.forSuite({ services: ['catalog'] });
  let admin: string;
  let laoAdmin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
    laoAdmin = (await sys.userWithRole('lao_admin', { laoCode: DOK_KHAMTAI })).token;
  });

  const fields = (res: { body: { fields?: Array<{ field: string }> } }) => res.body.fields?.map((f) => f.field);
  const login = (extra: Record<string, unknown>) => ({
    name: 'ลุงมา',
    phone: randomPhone(),
    password: 'password-1',
    role: 'producer',
    laoCode: DOK_KHAMTAI,
    ...extra,
  });
  /** POST /admin/users (a producer login) as `token`. */
  const createLogin = (token: string, body: object) =>
    sys.http().post('/api/v1/admin/users').set(bearer(token)).send(body);
  const usersWithPhone = (phone: unknown) => queryDb(sys, 'gateway', 'SELECT id FROM users WHERE phone = $1', [phone]);

  it('binds a login to a producer of the LAO it names', async () => {
    const own = await createProducer(sys, laoAdmin);
    const res = await createLogin(laoAdmin, login({ producerId: own.id })).expect(201);
    expect(res.body).toMatchObject({ roles: ['producer'], laoCode: DOK_KHAMTAI, producerId: own.id });
  });

  it("refuses a lao_admin binding a login to another LAO's producer (403), writing nothing", async () => {
    const elsewhere = await createProducer(sys, admin, producerBody(BAN_THAM));
    const body = login({ producerId: elsewhere.id });
    const res = await createLogin(laoAdmin, body).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(await usersWithPhone(body.phone)).toEqual([]);
  });

  it('requires producerId (400) and a producer that exists (404), naming producerId', async () => {
    const missing = login({});
    expect(fields(await createLogin(laoAdmin, missing).expect(400))).toEqual(['producerId']);
    const unknown = login({ producerId: randomUUID() });
    const res = await createLogin(laoAdmin, unknown).expect(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'producerId' }] });
    expect([...(await usersWithPhone(missing.phone)), ...(await usersWithPhone(unknown.phone))]).toEqual([]);
  });

  it('names producerId when a dla_admin pairs a producer with another LAO', async () => {
    const p = await createProducer(sys, admin, producerBody(BAN_THAM));
    const res = await createLogin(admin, login({ producerId: p.id })).expect(400);
    expect(fields(res)).toEqual(['producerId']);
    await createLogin(admin, login({ producerId: p.id, laoCode: BAN_THAM })).expect(201);
  });
});
