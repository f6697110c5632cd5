import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CatalogSubjects,
  HarvestPreorderSubjects,
  HealthSubjects,
  INTERNAL_SUBJECTS,
  OrderSubjects,
  QUEUE_GROUPS,
  ReportingSubjects,
} from '@app/contracts';
import type { ServiceName } from '@app/contracts';
import { findNatsServer } from '@app/testing';
import { appUsers, NATS_APPS, natsPermissions, natsServerConfig } from './permissions.js';
import type { SubjectRules } from './permissions.js';

/** NATS subject matching: `*` one token, `>` the rest. */
function matches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}
const allowed = (r: SubjectRules, subject: string) =>
  r.allow.some((a) => matches(a, subject)) && !r.deny.some((d) => matches(d, subject));

const REQUEST_SUBJECTS = [
  CatalogSubjects,
  HarvestPreorderSubjects,
  OrderSubjects,
  ReportingSubjects,
  HealthSubjects,
].flatMap((o) => Object.values(o));

describe('the NATS permission table', () => {
  it('lets the gateway publish every public subject and no internal one, events or JetStream call', () => {
    const gw = natsPermissions('gateway').publish;
    for (const subject of REQUEST_SUBJECTS)
      expect([subject, allowed(gw, subject)]).toEqual([subject, !(subject in INTERNAL_SUBJECTS)]);
    for (const subject of [
      'evt.order.completed',
      '$JS.API.STREAM.CREATE.EVT_ORDER',
      '$JS.API.STREAM.DELETE.EVT_IDENTITY',
      'live.batch.x',
      '_INBOX.order.x',
    ])
      expect([subject, allowed(gw, subject)]).toEqual([subject, false]);
    // its own events only (a consumer erased: identity), through its own stream
    for (const subject of ['evt.identity.consumer_erased', '$JS.API.STREAM.CREATE.EVT_IDENTITY', '$JS.API.INFO'])
      expect([subject, allowed(gw, subject)]).toEqual([subject, true]);
    expect(natsPermissions('gateway').allowResponses).toBe(false);
  });

  it('lets each internal subject be published only by the services named beside it', () => {
    for (const [subject, callers] of Object.entries(INTERNAL_SUBJECTS)) {
      for (const app of NATS_APPS) {
        const service = (Object.keys(QUEUE_GROUPS) as ServiceName[]).find((s) => QUEUE_GROUPS[s] === app);
        expect([subject, app, allowed(natsPermissions(app).publish, subject)]).toEqual([
          subject,
          app,
          !!service && callers.includes(service),
        ]);
      }
    }
  });

  it("lets only the owner publish a domain's events and manage its stream; nobody deletes or purges", () => {
    const owners: Record<string, string> = {
      'evt.catalog.x': 'catalog',
      'evt.diagnostics.x': 'catalog',
      'evt.preorder.x': 'harvest-preorder',
      'evt.order.x': 'order',
    };
    for (const [subject, owner] of Object.entries(owners)) {
      for (const app of NATS_APPS)
        expect([subject, app, allowed(natsPermissions(app).publish, subject)]).toEqual([subject, app, app === owner]);
    }
    for (const app of NATS_APPS) {
      for (const subject of [
        '$JS.API.STREAM.DELETE.EVT_ORDER',
        '$JS.API.STREAM.PURGE.EVT_ORDER',
        '$JS.API.CONSUMER.DELETE.EVT_ORDER.reporting',
        '$JS.API.STREAM.UPDATE.EVT_CATALOG',
      ]) {
        expect([app, subject, allowed(natsPermissions(app).publish, subject)]).toEqual([
          app,
          subject,
          subject.endsWith('EVT_CATALOG') && app === 'catalog',
        ]);
      }
    }
  });

  it('lets reporting replay a stream with ephemeral consumers of its own, whose acks only allow_responses lets through', () => {
    const p = natsPermissions('reporting');
    const ephemeral = '0Hd3blVQfEW1lqqM3WlIV4_1'; // an ordered consumer's name (nats.js: <nuid>_<serial>)
    for (const api of ['CREATE', 'INFO', 'MSG.NEXT'])
      expect([api, allowed(p.publish, `$JS.API.CONSUMER.${api}.EVT_ORDER.${ephemeral}`)]).toEqual([api, true]);
    // The rebuild acknowledges every replayed message (rebuild.ts, PREFETCH): an ack allowed as a response uses
    // up the reply subject nats-server keeps for it; allowed by name it would not, and past 4,096 kept subjects
    // the server scans them all on every delivery (the 1,050,300-event rebuild made no progress in 15 min).
    expect(allowed(p.publish, `$JS.ACK.EVT_ORDER.${ephemeral}.1.96250.96250.1764780000000000000.7779`)).toBe(false);
    expect(p.allowResponses).toBe(true);
  });

  it('lets each app subscribe to its own subjects and replies only', () => {
    for (const app of NATS_APPS) {
      const sub = natsPermissions(app).subscribe;
      for (const other of NATS_APPS)
        expect([app, other, allowed(sub, `_INBOX.${other}.abc.1`)]).toEqual([app, other, app === other]);
      for (const subject of REQUEST_SUBJECTS)
        expect([app, subject, allowed(sub, subject)]).toEqual([app, subject, subject.startsWith(`${app}.`)]);
    }
  });

  /**
   * docker-compose.yml mounts deploy/nats/nats.conf: the same table, its passwords read from the environment.
   * UPDATE_NATS_CONFIG=1 rewrites it after a change of the table.
   */
  it('is what deploy/nats/nats.conf holds, and nats-server accepts that file', () => {
    const file = join(process.cwd(), 'deploy', 'nats', 'nats.conf');
    const text = natsServerConfig({
      port: 4222,
      httpPort: 8222,
      storeDir: '/data',
      users: appUsers((app) => ({ env: `NATS_PASSWORD_${app.toUpperCase().replace(/-/g, '_')}` })),
    });
    if (process.env.UPDATE_NATS_CONFIG) writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
    const bin = process.env.NATS_SERVER_BIN ?? findNatsServer();
    if (!bin) return;
    const env = Object.fromEntries(
      NATS_APPS.map((a) => [`NATS_PASSWORD_${a.toUpperCase().replace(/-/g, '_')}`, 'x'.repeat(24)]),
    );
    expect(execFileSync(bin, ['-t', '-c', file], { env, encoding: 'utf8', stdio: 'pipe' })).toBeDefined();
  });
});
