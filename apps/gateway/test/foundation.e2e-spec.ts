import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAMS } from '@app/contracts';
import { eventually, TestSystem } from '@app/testing';

describe('foundation: gateway → services over NATS → Postgres', () => {
  const sys = TestSystem.forSuite();
  let admin: string;

  beforeAll(async () => {
    admin = await sys.adminToken();
  });

  it('answers a public query through gateway → catalog → Postgres and back', async () => {
    const provinces = await sys.http().get('/api/v1/provinces').expect(200);
    expect(provinces.body).toHaveLength(77);
    expect(provinces.body).toContainEqual({ code: '56', nameTh: 'พะเยา', nameEn: 'Phayao' });

    const districts = await sys.http().get('/api/v1/provinces/56/districts').expect(200);
    expect(districts.body.map((d: { code: string }) => d.code)).toContain('5605');

    const laos = await sys
      .http()
      .get('/api/v1/laos')
      .query({ districtCode: '5605', type: 'town_municipality' })
      .expect(200);
    expect(laos.body.items).toContainEqual(
      expect.objectContaining({ code: '4560501', displayNameTh: 'เทศบาลเมืองดอกคำใต้', provinceCode: '56' }),
    );
  });

  it('carries the request id from the caller into the response', async () => {
    const res = await sys.http().get('/api/v1/provinces').set('x-request-id', 'trace-me-123').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-me-123');
  });

  it('names an unknown province and a bad query field', async () => {
    const missing = await sys.http().get('/api/v1/provinces/99/districts').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', fields: [{ field: 'provinceCode' }] });
    const bad = await sys.http().get('/api/v1/laos').query({ pageSize: 500 }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toContain('pageSize');
  });

  it('reports every part up on /health, and names a service that is down', async () => {
    const up = await sys.http().get('/health').expect(200);
    expect(up.body.checks).toEqual({
      postgres: 'up',
      nats: 'up',
      catalog: 'up',
      'harvest-preorder': 'up',
      order: 'up',
      reporting: 'up',
      notification: 'up',
    });

    await sys.stopApp('order');
    try {
      const down = await sys.http().get('/health').expect(503);
      expect(down.body.down).toEqual(['order']);
    } finally {
      await sys.startApp('order');
    }
    await sys.http().get('/health').expect(200);
  });

  it('names a service holding parked events on /health without calling anything down', async () => {
    expect((await sys.http().get('/health').expect(200)).body.parkedEvents).toBeUndefined();
    const db = new pg.Client({ connectionString: sys.databaseUrl('reporting') });
    await db.connect();
    try {
      const id = randomUUID();
      await db.query(
        `INSERT INTO parked_events (consumer, event_id, type, payload, error, attempts) VALUES ('reporting', $1, 'order.completed', $2, 'Error: x', 20)`,
        [id, JSON.stringify({ id, type: 'order.completed' })],
      );
      const res = await sys.http().get('/health').expect(200);
      expect(res.body).toMatchObject({ status: 'up', down: [], parkedEvents: { reporting: 1 } });
      await db.query(`DELETE FROM parked_events WHERE event_id = $1`, [id]);
    } finally {
      await db.end();
    }
  });

  it('applies an event exactly once when its consumer was down at publish time, and ignores a redelivered copy', async () => {
    await sys.stopApp('reporting');
    const ping = await sys
      .http()
      .post('/api/v1/admin/diagnostics/event-pings')
      .set('authorization', `Bearer ${admin}`)
      .send({ note: 'while down' })
      .expect(201);
    const pingId: string = ping.body.pingId;
    const readPing = () =>
      sys
        .http()
        .get(`/api/v1/admin/diagnostics/event-pings/${pingId}`)
        .set('authorization', `Bearer ${admin}`)
        .expect(200);

    await sys.startApp('reporting');
    await eventually(async () => {
      expect((await readPing()).body.appliedCount).toBe(1);
    });

    // Publish the very same event again, past JetStream's Msg-Id dedupe: only the inbox stands in the way.
    const nc = await sys.connectNats();
    try {
      const stream = await jetstreamManager(nc).then((m) =>
        m.streams.getMessage(EVENT_STREAMS.diagnostics.stream, { last_by_subj: 'evt.diagnostics.ping.recorded' }),
      );
      const event = stream!.json<{ id: string }>();
      expect(event.id).toBe(pingId);
      const ack = await jetstream(nc).publish('evt.diagnostics.ping.recorded', JSON.stringify(event), {
        msgID: `${pingId}-copy`,
      });
      expect(ack.duplicate).toBe(false);
      const jsm = await jetstreamManager(nc);
      await eventually(async () => {
        const info = await jsm.consumers.info(EVENT_STREAMS.diagnostics.stream, 'reporting');
        expect(info.delivered.stream_seq).toBeGreaterThanOrEqual(ack.seq);
        expect(info.num_ack_pending).toBe(0);
        expect(info.num_pending).toBe(0);
      });
    } finally {
      await nc.close();
    }
    expect((await readPing()).body.appliedCount).toBe(1);
  });
});
