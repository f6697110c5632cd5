import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientProxy } from '@nestjs/microservices';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { firstValueFrom } from 'rxjs';
import request from 'supertest';
import type { Env } from '@app/config';
import { EVENT_FLOWS, QUEUE_GROUPS } from '@app/contracts';
import type { Caller, EventDomain, Role, ServiceName as ServiceKey } from '@app/contracts';
import {
  appUsers,
  connectNats,
  ensureStream,
  natsClientProxy,
  natsConnectionOptions,
  natsCredentialsEnv,
  newNatsCredentials,
  natsServerConfig,
} from '@app/messaging';
import type { NatsApp, NatsEndpoint } from '@app/messaging';
import { dropDatabase, withDatabase } from '@app/persistence';
import { appFactory, SERVICES } from './apps.js';
import type { AppName, RunningApp, ServiceName } from './apps.js';
import { createDatabaseFromTemplate } from './db-template.js';
import { findNatsServer, startNatsServer } from './nats-server.mjs';
import { codeSentTo, localSignupEnv, readSmsLog, signUpConsumer } from './consumer-signup.mjs';
import type { SignedUpConsumer, SmsLine } from './consumer-signup.mjs';
import { testEnv } from './test-env.js';

export interface StartSystemOptions {
  /** services to start (the gateway always starts); default all */
  services?: readonly ServiceName[];
  /** extra environment for every app */
  env?: Env;
  /** extra environment for one app only (e.g. an outside provider's fake for the service that calls it) */
  appEnv?: Partial<Record<AppName, Env>>;
}

export const TEST_ADMIN = { login: 'admin@test.local', password: 'admin-password-1' };

/**
 * The test harness's own NATS user, present only in the configs TestSystem writes (never in `npm start`'s or
 * Docker's). Tests stand in for the services a suite does not start — they publish events as the order
 * service would, call internal subjects as harvest-preorder would, read consumers' state — so this user has
 * no permissions block (everything allowed). The apps themselves always connect with their own users and
 * permissions, so a subject an app needs but is not allowed still fails the suite.
 */
export const TEST_DRIVER_USER = 'test-driver';

/**
 * A whole system for one test suite: a private nats-server (JetStream in a temp folder), a fresh database
 * per service on the test PostgreSQL (created and migrated by the production code), the requested
 * services and the gateway, all in this process. Every suite builds its own data.
 */
export class TestSystem {
  private readonly running = new Map<string, RunningApp[]>();
  /** apps whose database this system created (from its template) */
  private readonly databases = new Set<AppName>();
  private client?: ClientProxy;
  private readonly mintedUsers: Caller[] = [];
  private gatewayDb?: pg.Pool;
  private flushing: Promise<void> = Promise.resolve();
  url = '';
  /** time spent creating this system's databases from their templates (docs/testing.md) */
  databaseSetupMs = 0;

  /** the environment every app gets (set once the system has started) */
  env: Env = {};
  /** the apps' NATS passwords (users named after the apps), as the NATS config of this suite has them */
  readonly natsCredentials = newNatsCredentials();
  private readonly driverPassword = randomBytes(24).toString('base64url');
  private stopNats: () => Promise<void> = async () => undefined;
  private natsDir?: string;

  /** what the suite opened on this system (pools, connections): closed first, last opened first */
  private readonly closers: Array<() => unknown> = [];

  private constructor(private opts: StartSystemOptions) {}

  static async start(opts: StartSystemOptions = {}): Promise<TestSystem> {
    const sys = new TestSystem(opts);
    await sys.boot();
    return sys;
  }

  /**
   * The system of one suite (a describe block): started before its tests (beforeAll), closed after them
   * (afterAll). It may be referred to at once (helpers built on it); it serves requests from beforeAll on.
   * Options that need something started first (an outside provider's fake) come from a function, run in the
   * beforeAll. `useTestSystem` (suite.ts) adds pools and a NATS connection on top.
   */
  static forSuite(opts: StartSystemOptions | (() => Promise<StartSystemOptions>) = {}): TestSystem {
    const sys = new TestSystem(typeof opts === 'function' ? {} : opts);
    beforeAll(async () => {
      if (typeof opts === 'function') sys.opts = await opts();
      await sys.boot();
    });
    afterAll(() => sys.close());
    return sys;
  }

  /** Closes `close` when the system closes, before the apps stop (last registered, first closed). */
  onClose(close: () => unknown): void {
    this.closers.push(close);
  }

  private async boot(): Promise<void> {
    const t0 = performance.now();
    const opts = this.opts;
    const natsDir = mkdtempSync(join(tmpdir(), 'kdbr-nats-'));
    this.natsDir = natsDir;
    const nats = await startNatsServer({
      bin: testEnv.natsServerBin ?? findNatsServer(),
      storeDir: natsDir,
      config: (port) =>
        natsServerConfig({
          host: '127.0.0.1',
          port,
          storeDir: natsDir,
          users: [
            ...appUsers(this.natsCredentials),
            { user: TEST_DRIVER_USER, password: this.driverPassword, permissions: null },
          ],
        }),
    });
    this.stopNats = nats.stop;
    this.env = {
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
      // the development SMS provider, one log per suite; throttles loose: suites sign up many consumers
      // from one address (the throttle suite sets its own limits)
      ...localSignupEnv(join(natsDir, 'sms.jsonl')),
      ...opts.env,
    };
    try {
      const started = opts.services ?? SERVICES;
      await Promise.all([this.ensureStreamsOfAbsentOwners(started), this.prepareDatabases([...started, 'gateway'])]);
      for (const s of started) await this.startApp(s);
      await this.startApp('gateway');
    } catch (e) {
      await this.close();
      throw e;
    }
    if (testEnv.timing) {
      const ms = (x: number) => `${Math.round(x)} ms`;
      process.stdout.write(
        `[timing] TestSystem.start ${ms(performance.now() - t0)} (databases from templates: ${testEnv.databaseTemplates ? ms(this.databaseSetupMs) : 'off'})\n`,
      );
    }
  }

  /**
   * The event streams of services this suite does not start, created as their owner would (tests publish
   * those events themselves). A consumer only waits for a stream: it may not create another service's.
   */
  private async ensureStreamsOfAbsentOwners(started: readonly ServiceName[]): Promise<void> {
    const absent = (Object.keys(EVENT_FLOWS) as ServiceKey[]).filter((k) => !started.includes(QUEUE_GROUPS[k]));
    const domains = new Set<EventDomain>(absent.flatMap((k) => EVENT_FLOWS[k].publishes));
    if (!domains.size) return;
    const nc = await connectNats(this.natsEndpoint(TEST_DRIVER_USER), 'test-streams');
    try {
      for (const d of domains) await ensureStream(nc, d, { replicas: 1 });
    } finally {
      await nc.close();
    }
  }

  /** The NATS endpoint of an app's user (its generated credentials) or of the test harness's own user. */
  natsEndpoint(user: NatsApp | typeof TEST_DRIVER_USER): NatsEndpoint {
    const password = user === TEST_DRIVER_USER ? this.driverPassword : this.natsCredentials[user];
    return { url: this.env.NATS_URL!, app: user, user, password };
  }

  /** A plain NATS connection as the test harness (default) or as one app's user (permission tests). */
  connectNats(user: NatsApp | typeof TEST_DRIVER_USER = TEST_DRIVER_USER): Promise<NatsConnection> {
    return connect(natsConnectionOptions(this.natsEndpoint(user), `test-${user}`));
  }

  /** Starts an app (or one more replica of it); its database is first copied from its migrated template. */
  async startApp(name: AppName): Promise<void> {
    const factory = await appFactory(name);
    await this.prepareDatabases([name]);
    const app = await factory.start({
      ...this.env,
      ...this.opts.appEnv?.[name],
      ...natsCredentialsEnv(name, this.natsCredentials),
    });
    if (name === 'gateway') this.url = app.url!;
    this.running.set(name, [...(this.running.get(name) ?? []), app]);
  }

  /**
   * Creates the apps' databases as copies of their migrated templates, all at once (a CREATE DATABASE
   * mostly waits on the disk); each app then finds its migrations applied. Once per app and system.
   */
  private async prepareDatabases(names: readonly AppName[]): Promise<void> {
    const todo = names.filter((n) => !this.databases.has(n));
    todo.forEach((n) => this.databases.add(n));
    if (!testEnv.databaseTemplates || !todo.length) return;
    const started = performance.now();
    await Promise.all(
      todo.map(async (name) => {
        const f = await appFactory(name);
        await createDatabaseFromTemplate(this.databaseUrl(name), {
          service: name,
          migrations: f.migrations,
          migrationsFile: f.migrationsFile,
        });
      }),
    );
    this.databaseSetupMs += performance.now() - started;
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
      `INSERT INTO users (id, name, email, password_hash, role, lao_code, province_code, producer_id, phone_verified_at)
       SELECT u.id, 'minted by a test', u.id || '@minted.test', '!', u.role, u.lao, u.province, u.producer, now()
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, role text, lao text, province text, producer uuid)
       ON CONFLICT (id) DO NOTHING`,
      [
        JSON.stringify(
          users.map((c) => ({
            id: c.userId,
            role: c.roles[0],
            lao: c.laoCode ?? null,
            province: c.provinceCode ?? null,
            producer: c.producerId ?? null,
          })),
        ),
      ],
    );
  }

  /**
   * Sends a request to a service over NATS as another service would (for internal subjects that the
   * gateway does not expose), as the test harness's NATS user (TEST_DRIVER_USER). A domain error rejects
   * with its `{ code, message, fields }` payload.
   */
  async rpc<T>(subject: string, data: unknown, caller: Caller | null = null): Promise<T> {
    this.client ??= natsClientProxy(this.natsEndpoint(TEST_DRIVER_USER));
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

  /**
   * A new user of the given role and its token: a consumer signs up as a person does (registerConsumer),
   * any other role is created by the bootstrap dla_admin.
   */
  async userWithRole(
    role: Role,
    binding: { laoCode?: string; provinceCode?: string; producerId?: string } = {},
  ): Promise<{ id: string; token: string; phone: string }> {
    const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const password = 'password-1234';
    if (role === 'consumer') {
      const c = await this.registerConsumer({ name: 'test consumer', phone, password });
      return { id: c.id, token: c.token, phone };
    }
    const res = await this.http()
      .post('/api/v1/admin/users')
      .set('authorization', `Bearer ${await this.adminToken()}`)
      .send({ name: `test ${role}`, phone, password, role, ...binding });
    if (res.status !== 201) throw new Error(`creating ${role} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, token: await this.login(phone, password), phone };
  }

  /** The development SMS provider's log of this system (one JSON line {to, text, sentAt} per message). */
  get smsLogPath(): string {
    return this.env.SMS_LOG_PATH!;
  }

  smsLog(): Promise<SmsLine[]> {
    return readSmsLog(this.smsLogPath);
  }

  /** The code in the first SMS to `phone` after the first `after` messages of the log (waits for it). */
  codeSentTo(phone: string, after = 0): Promise<string> {
    return codeSentTo(this.smsLogPath, phone, { after });
  }

  /** Registers a consumer and verifies its phone with the code from the SMS log (libs/testing/src/consumer-signup.mjs). */
  async registerConsumer(
    opts: { name?: string; phone?: string; password?: string; email?: string; ip?: string } = {},
  ): Promise<SignedUpConsumer> {
    await this.flushMintedUsers();
    return signUpConsumer(this.url, this.smsLogPath, opts);
  }

  async close(): Promise<void> {
    const failures: unknown[] = [];
    for (const close of this.closers.splice(0).reverse()) {
      try {
        await close();
      } catch (e) {
        failures.push(e);
      }
    }
    await this.client?.close();
    await this.gatewayDb?.end().catch(() => undefined);
    const order: AppName[] = ['gateway', ...SERVICES];
    for (const name of order) await this.stopApp(name).catch(() => undefined);
    await this.stopNats().catch(() => undefined);
    if (this.natsDir) rmSync(this.natsDir, { recursive: true, force: true });
    // a system that failed before its environment was set created no database
    if (this.env.DATABASE_PREFIX)
      for (const name of order) await dropDatabase(this.databaseUrl(name)).catch(() => undefined);
    if (failures.length) throw failures[0];
  }
}
