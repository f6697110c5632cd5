import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import pg from 'pg';
import { firstValueFrom } from 'rxjs';
import request from 'supertest';
import type { Env } from '@app/config';
import type { Caller, Role } from '@app/contracts';
import { dropDatabase, withDatabase } from '@app/persistence';
import { findNatsServer, startNatsServer } from '../../../scripts/infra.mjs';
import { testEnv } from './test-env.js';

export const SERVICES = ['catalog', 'harvest-preorder', 'order', 'reporting', 'notification'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type AppName = ServiceName | 'gateway';

interface Running {
  close(): Promise<void>;
}

/** Boots one app in this process with the given environment (production code paths, test settings). */
async function boot(name: AppName, env: Env): Promise<Running & { url?: string }> {
  switch (name) {
    case 'gateway': {
      const [{ createGatewayApp }, { loadGatewayConfig }] = await Promise.all([import('../../../apps/gateway/src/gateway.app.js'), import('../../../apps/gateway/src/config.js')]);
      const g = await createGatewayApp(loadGatewayConfig(env));
      return { close: () => g.app.close(), url: g.url };
    }
    case 'catalog': {
      const [{ createCatalogApp }, { loadCatalogConfig }] = await Promise.all([import('../../../apps/catalog/src/catalog.app.js'), import('../../../apps/catalog/src/config.js')]);
      return createCatalogApp(loadCatalogConfig(env));
    }
    case 'harvest-preorder': {
      const [{ createHarvestPreorderApp }, { loadHarvestPreorderConfig }] = await Promise.all([
        import('../../../apps/harvest-preorder/src/harvest-preorder.app.js'),
        import('../../../apps/harvest-preorder/src/config.js'),
      ]);
      return createHarvestPreorderApp(loadHarvestPreorderConfig(env));
    }
    case 'order': {
      const [{ createOrderApp }, { loadOrderConfig }] = await Promise.all([import('../../../apps/order/src/order.app.js'), import('../../../apps/order/src/config.js')]);
      return createOrderApp(loadOrderConfig(env));
    }
    case 'reporting': {
      const [{ createReportingApp }, { loadReportingConfig }] = await Promise.all([
        import('../../../apps/reporting/src/reporting.app.js'),
        import('../../../apps/reporting/src/config.js'),
      ]);
      return createReportingApp(loadReportingConfig(env));
    }
    case 'notification': {
      const [{ createNotificationApp }, { loadNotificationConfig }] = await Promise.all([
        import('../../../apps/notification/src/notification.app.js'),
        import('../../../apps/notification/src/config.js'),
      ]);
      return createNotificationApp(loadNotificationConfig(env));
    }
  }
}

export interface StartSystemOptions {
  /** services to start (the gateway always starts); default all */
  services?: readonly ServiceName[];
  /** extra environment for every app */
  env?: Env;
}

export const TEST_ADMIN = { login: 'admin@test.local', password: 'admin-password-1' };

/**
 * A whole system for one test suite: a private nats-server (JetStream in a temp folder), a fresh database
 * per service on the test PostgreSQL (created and migrated by the production code), the requested
 * services and the gateway, all in this process. Every suite builds its own data.
 */
export class TestSystem {
  private readonly running = new Map<string, Running[]>();
  private client?: ClientProxy;
  private readonly mintedUsers: Caller[] = [];
  private gatewayDb?: pg.Pool;
  private flushing: Promise<void> = Promise.resolve();
  url = '';

  private constructor(
    readonly env: Env,
    private readonly stopNats: () => Promise<void>,
    private readonly natsDir: string,
  ) {}

  static async start(opts: StartSystemOptions = {}): Promise<TestSystem> {
    const natsDir = mkdtempSync(join(tmpdir(), 'kdbr-nats-'));
    const nats = await startNatsServer({ bin: testEnv.natsServerBin ?? findNatsServer(), storeDir: natsDir });
    const env: Env = {
      DATABASE_URL: testEnv.databaseUrl,
      DATABASE_PREFIX: `t${randomBytes(5).toString('hex')}`,
      NATS_URL: nats.url,
      LOG_LEVEL: testEnv.logLevel,
      LOG_JSON: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
      JWT_SECRET: randomBytes(32).toString('hex'),
      BOOTSTRAP_ADMIN_LOGIN: TEST_ADMIN.login,
      BOOTSTRAP_ADMIN_PASSWORD: TEST_ADMIN.password,
      ...opts.env,
    };
    const sys = new TestSystem(env, nats.stop, natsDir);
    try {
      for (const s of opts.services ?? SERVICES) await sys.startApp(s);
      await sys.startApp('gateway');
    } catch (e) {
      await sys.close();
      throw e;
    }
    return sys;
  }

  /** Starts an app (or one more replica of it). */
  async startApp(name: AppName): Promise<void> {
    const app = await boot(name, this.env);
    if (name === 'gateway') this.url = app.url!;
    this.running.set(name, [...(this.running.get(name) ?? []), app]);
  }

  /** Stops every replica of an app. */
  async stopApp(name: AppName): Promise<void> {
    for (const a of this.running.get(name) ?? []) await a.close();
    this.running.delete(name);
  }

  /**
   * Requests to the gateway. A user of a token minted by a test (registerMintedUser) is written to the
   * gateway's database before the request is sent, since a token naming no user is refused.
   */
  http(): ReturnType<typeof request> {
    const agent = request(this.url);
    const flush = () => this.flushMintedUsers();
    return new Proxy(agent, {
      get(target, prop, receiver) {
        const method = Reflect.get(target, prop, receiver);
        if (typeof method !== 'function') return method;
        return (...args: unknown[]) => {
          const test = method.apply(target, args);
          const end = test?.end;
          if (typeof end === 'function') {
            test.end = function (this: unknown, fn: (err: unknown, res?: unknown) => void) {
              flush().then(
                () => end.call(this, fn),
                (e) => fn(e),
              );
              return this;
            };
          }
          return test;
        };
      },
    });
  }

  /**
   * A user for an access token a test signs itself (suites that need hundreds of consumers: argon2
   * registrations would take minutes). It exists in the gateway's database, as every issued token's user
   * does, from the next request through http() on (or after flushMintedUsers()).
   */
  registerMintedUser(caller: Caller): void {
    this.mintedUsers.push(caller);
  }

  /** Writes the registered users; resolves once every user registered so far is written (concurrent requests wait for the same write). */
  flushMintedUsers(): Promise<void> {
    if (this.mintedUsers.length) {
      const users = this.mintedUsers.splice(0);
      this.flushing = this.flushing.catch(() => undefined).then(() => this.insertUsers(users));
    }
    return this.flushing;
  }

  private async insertUsers(users: Caller[]): Promise<void> {
    if (!this.gatewayDb) {
      this.gatewayDb = new pg.Pool({ connectionString: this.databaseUrl('gateway'), max: 2 });
      this.gatewayDb.on('error', () => undefined); // an idle connection ended by the server (tests that cut the database)
    }
    await this.gatewayDb.query(
      `INSERT INTO users (id, name, email, password_hash, role, lao_code, province_code, producer_id)
       SELECT u.id, 'minted by a test', u.id || '@minted.test', '!', u.role, u.lao, u.province, u.producer
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, role text, lao text, province text, producer uuid)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(users.map((c) => ({ id: c.userId, role: c.roles[0], lao: c.laoCode ?? null, province: c.provinceCode ?? null, producer: c.producerId ?? null })))],
    );
  }

  /**
   * Sends a request to a service over NATS as another service would (for internal subjects that the
   * gateway does not expose). A domain error rejects with its `{ code, message, fields }` payload.
   */
  async rpc<T>(subject: string, data: unknown, caller: Caller | null = null): Promise<T> {
    this.client ??= ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [this.env.NATS_URL!.replace('nats://', '')] } });
    return firstValueFrom(this.client.send<T>(subject, { caller, requestId: 'test', data }));
  }

  databaseUrl(service: AppName): string {
    return withDatabase(this.env.DATABASE_URL!, `${this.env.DATABASE_PREFIX}_${service.replace(/-/g, '_')}`);
  }

  async login(login: string, password: string): Promise<string> {
    const res = await this.http().post('/api/v1/auth/login').send({ login, password });
    if (res.status !== 200) throw new Error(`login ${login} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  }

  adminToken(): Promise<string> {
    return this.login(TEST_ADMIN.login, TEST_ADMIN.password);
  }

  /** A new user of the given role (created by the bootstrap dla_admin) and its token. */
  async userWithRole(role: Role, binding: { laoCode?: string; provinceCode?: string; producerId?: string } = {}): Promise<{ id: string; token: string; phone: string }> {
    const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const password = 'password-1234';
    const body = { name: `test ${role}`, phone, password };
    const res =
      role === 'consumer'
        ? await this.http().post('/api/v1/auth/register').send(body)
        : await this.http()
            .post('/api/v1/admin/users')
            .set('authorization', `Bearer ${await this.adminToken()}`)
            .send({ ...body, role, ...binding });
    if (res.status !== 201) throw new Error(`creating ${role} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, token: await this.login(phone, password), phone };
  }

  async close(): Promise<void> {
    await this.client?.close();
    await this.gatewayDb?.end().catch(() => undefined);
    const order: AppName[] = ['gateway', ...SERVICES];
    for (const name of order) await this.stopApp(name).catch(() => undefined);
    await this.stopNats().catch(() => undefined);
    rmSync(this.natsDir, { recursive: true, force: true });
    for (const name of order) await dropDatabase(this.databaseUrl(name)).catch(() => undefined);
  }
}
