import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAMS, OrderSubjects, ReportingSubjects } from '@app/contracts';
import { connectNats } from '@app/messaging';
import { eventually, TestSystem } from '@app/testing';

/**
 * The NATS server of the whole system enforces each app's subject permissions (libs/messaging/src/permissions.ts):
 * what an app's credentials cannot do is refused by the server itself (a permissions violation), and a
 * connection without credentials is refused. On the open server of before, every one of these succeeded.
 */
describe('NATS permissions: each app its own user, the server refuses the rest', () => {
  let sys: TestSystem;
  const open: NatsConnection[] = [];

  beforeAll(async () => {
    sys = await TestSystem.start();
  });
  afterAll(async () => {
    for (const nc of open) await nc.close().catch(() => undefined);
    await sys?.close();
  });

  async function as(app: Parameters<TestSystem['connectNats']>[0]): Promise<NatsConnection> {
    const nc = await sys.connectNats(app);
    open.push(nc);
    return nc;
  }

  /** The next permissions violation the server reports on this connection (nats.js: an async status error). */
  function nextViolation(nc: NatsConnection): Promise<{ operation: string; subject: string }> {
    return (async () => {
      for await (const s of nc.status()) {
        const error = (s as { error?: { name?: string; operation: string; subject: string } }).error;
        if (s.type === 'error' && error?.name === 'PermissionViolationError')
          return { operation: error.operation, subject: error.subject };
      }
      throw new Error('connection closed without a permissions violation');
    })();
  }

  /** A Nest request packet, as the gateway's ServiceClient sends it. */
  const packet = (subject: string, data: unknown) =>
    JSON.stringify({ pattern: subject, id: 'perm-test', data: { caller: null, requestId: 'perm-test', data } });

  it('refuses a connection without credentials, and one with a wrong password', async () => {
    await expect(connect({ servers: sys.env.NATS_URL!.replace('nats://', ''), reconnect: false })).rejects.toThrow(
      /authorization/i,
    );
    await expect(
      connect({
        servers: sys.env.NATS_URL!.replace('nats://', ''),
        user: 'gateway',
        pass: 'not-the-password',
        reconnect: false,
      }),
    ).rejects.toThrow(/authorization/i);
  });

  it("the gateway's user cannot publish an order event, plain or through JetStream: the stream never gets it", async () => {
    const nc = await as('gateway');
    const violation = nextViolation(nc);
    nc.publish(
      'evt.order.completed',
      JSON.stringify({
        id: 'forged',
        type: 'order.completed',
        version: 1,
        occurredAt: new Date().toISOString(),
        data: {},
      }),
    );
    await expect(violation).resolves.toEqual({ operation: 'publish', subject: 'evt.order.completed' });
    await expect(
      jetstream(nc).publish('evt.order.completed', JSON.stringify({ id: 'forged-2' }), { timeout: 2000 }),
    ).rejects.toThrow();
    const jsm = await jetstreamManager(await as('test-driver'));
    await expect(
      jsm.streams.getMessage(EVENT_STREAMS.order.stream, { last_by_subj: 'evt.order.completed' }),
    ).resolves.toBeNull();
  });

  it("the gateway's user cannot call an internal subject (order.orders.open); harvest-preorder's user can", async () => {
    const gateway = await as('gateway');
    const violation = nextViolation(gateway);
    await expect(
      gateway.request(OrderSubjects.openOrders, packet(OrderSubjects.openOrders, { orders: [] }), { timeout: 2000 }),
    ).rejects.toThrow();
    await expect(violation).resolves.toEqual({ operation: 'publish', subject: OrderSubjects.openOrders });

    // the one it is meant for reaches the order service (which answers: an empty list is invalid)
    const preorder = await as('harvest-preorder');
    const reply = (
      await preorder.request(OrderSubjects.openOrders, packet(OrderSubjects.openOrders, { orders: [] }), {
        timeout: 5000,
      })
    ).json<{ err?: { code: string } }>();
    expect(reply.err?.code).toBe('VALIDATION_FAILED');
  });

  it("the gateway's user cannot read another app's replies nor subscribe to a service's subjects", async () => {
    const nc = await as('gateway');
    for (const subject of ['_INBOX.harvest-preorder.>', '_INBOX.>', 'order.orders.open', 'catalog.>', 'evt.>']) {
      const violation = nextViolation(nc);
      nc.subscribe(subject);
      await expect(violation).resolves.toEqual({ operation: 'subscription', subject });
    }
  });

  it("a service cannot publish another domain's events, nor delete or purge a stream", async () => {
    const catalog = await as('catalog');
    const forged = nextViolation(catalog);
    catalog.publish('evt.order.completed', '{}');
    await expect(forged).resolves.toEqual({ operation: 'publish', subject: 'evt.order.completed' });

    const order = await as('order');
    const jsm = await jetstreamManager(order, { checkAPI: false });
    await expect(jsm.streams.delete(EVENT_STREAMS.order.stream)).rejects.toThrow();
    await expect(jsm.streams.purge(EVENT_STREAMS.order.stream)).rejects.toThrow();
    // another service's stream: not even its info
    await expect(jsm.streams.info(EVENT_STREAMS.catalog.stream)).rejects.toThrow();
    const driver = await jetstreamManager(await as('test-driver'));
    await expect(driver.streams.info(EVENT_STREAMS.order.stream)).resolves.toMatchObject({
      config: { name: EVENT_STREAMS.order.stream },
    });
  });

  it("reporting reads the streams it consumes only through its own consumers, never another service's durable", async () => {
    const nc = await as('reporting');
    const jsm = await jetstreamManager(nc);
    // its durable (made by the running service) and an ephemeral one of its own (the rebuild's)
    await expect(jsm.consumers.info(EVENT_STREAMS.order.stream, 'reporting')).resolves.toMatchObject({
      name: 'reporting',
    });
    const ordered = await jetstream(nc).consumers.get(EVENT_STREAMS.order.stream);
    await expect(ordered.next({ expires: 1000 })).resolves.toBeDefined();
    // the catalog's durable on the same stream: neither re-created nor pulled from
    const violation = nextViolation(nc);
    await expect(
      jsm.consumers.add(EVENT_STREAMS.order.stream, { durable_name: 'catalog', ack_policy: AckPolicy.None }),
    ).rejects.toThrow();
    await expect(violation).resolves.toMatchObject({
      operation: 'publish',
      subject: `$JS.API.CONSUMER.CREATE.${EVENT_STREAMS.order.stream}.catalog`,
    });
  });

  it("logs a refused publish on an app's connection (nats.js reports it asynchronously, not to the caller)", async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const nc = await connectNats(sys.natsEndpoint('gateway'), 'gateway-test');
      open.push(nc);
      nc.publish('evt.order.completed', '{}');
      await eventually(async () =>
        expect(logged).toHaveBeenCalledWith(
          expect.objectContaining({
            message: expect.stringMatching(/permissions violation/),
            connection: 'gateway-test',
            error: expect.stringMatching(/evt\.order\.completed/),
          }),
        ),
      );
    } finally {
      logged.mockRestore();
    }
  });

  it('refuses a request on a public subject that carries no caller (never taken for an internal call)', async () => {
    await expect(
      sys.rpc(ReportingSubjects.getPing, { pingId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(
      sys.rpc(
        ReportingSubjects.getPing,
        { pingId: '00000000-0000-4000-8000-000000000000' },
        { userId: 'u', roles: ['producer'] },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
