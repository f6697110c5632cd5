import { randomBytes } from 'node:crypto';
import {
  EVENT_FLOWS,
  EVENT_STREAMS,
  HealthSubjects,
  INTERNAL_SUBJECTS,
  LiveSubjects,
  QUEUE_GROUPS,
} from '@app/contracts';
import type { EventDomain, ServiceName } from '@app/contracts';
import { inboxPrefix } from './nats.js';

/**
 * The NATS permission table: what each app's NATS user may publish and subscribe to, derived from the subject
 * catalogue (libs/contracts/src/subjects.ts: prefixes and INTERNAL_SUBJECTS) and the event flows
 * (libs/contracts/src/events.ts: EVENT_FLOWS). Nothing here names a command or query subject, so a new public
 * subject needs no change; a new internal one is one line in INTERNAL_SUBJECTS. `natsServerConfig` writes it
 * into a nats-server (2.9+) config file; docs/security.md explains the model.
 */
export const NATS_APPS = ['gateway', 'catalog', 'harvest-preorder', 'order', 'reporting', 'notification'] as const;
export type NatsApp = (typeof NATS_APPS)[number];

export interface SubjectRules {
  allow: string[];
  deny: string[];
}
export interface NatsPermissions {
  publish: SubjectRules;
  subscribe: SubjectRules;
  /** may answer the requests it receives (publish once to each request's reply subject) */
  allowResponses: boolean;
}

/** Plain (non-JetStream) messages between apps: the live-sale ticks (LiveSubjects). */
const PLAIN_MESSAGES: Array<{ subject: string; publisher: ServiceName; subscribers: NatsApp[] }> = [
  { subject: LiveSubjects.anyBatch, publisher: 'harvestPreorder', subscribers: ['gateway'] },
];

/** JetStream API calls nobody's permissions allow, whatever else they allow: streams and consumers are never deleted or purged by an app. */
export const JETSTREAM_DENIED = [
  '$JS.API.STREAM.DELETE.>',
  '$JS.API.STREAM.PURGE.>',
  '$JS.API.STREAM.MSG.DELETE.>',
  '$JS.API.CONSUMER.DELETE.>',
];

const SERVICES = Object.keys(QUEUE_GROUPS) as ServiceName[];
const appOf = (s: ServiceName): NatsApp => QUEUE_GROUPS[s];
const serviceOf = (app: NatsApp): ServiceName | undefined => SERVICES.find((s) => QUEUE_GROUPS[s] === app);

/** The owner of a stream: account info, and create / update / read its own stream (never delete or purge). */
function ownStream(domain: EventDomain): string[] {
  const s = EVENT_STREAMS[domain].stream;
  return [
    ...EVENT_STREAMS[domain].subjects,
    `$JS.API.STREAM.INFO.${s}`,
    `$JS.API.STREAM.CREATE.${s}`,
    `$JS.API.STREAM.UPDATE.${s}`,
  ];
}

/**
 * A consumer of another stream, through its durable pull consumer (named after the service): read the
 * stream's info (wait for it), create and read its consumer (nats-server 2.9's CREATE.<stream>.<name>[.<filter>]
 * and the older DURABLE.CREATE), pull (MSG.NEXT) and acknowledge ($JS.ACK.<stream>.<consumer>.>).
 */
function consumeStream(domain: EventDomain, durable: string): string[] {
  const s = EVENT_STREAMS[domain].stream;
  return [
    `$JS.API.STREAM.INFO.${s}`,
    `$JS.API.CONSUMER.INFO.${s}.${durable}`,
    `$JS.API.CONSUMER.CREATE.${s}.${durable}`,
    `$JS.API.CONSUMER.CREATE.${s}.${durable}.>`,
    `$JS.API.CONSUMER.DURABLE.CREATE.${s}.${durable}`,
    `$JS.API.CONSUMER.MSG.NEXT.${s}.${durable}`,
    `$JS.ACK.${s}.${durable}.>`,
  ];
}

/** The durable consumers of a domain's stream, by consuming service. */
function durablesOf(domain: EventDomain): string[] {
  return SERVICES.filter((s) => EVENT_FLOWS[s].consumes.includes(domain)).map(appOf);
}

export function natsPermissions(app: NatsApp): NatsPermissions {
  const subscribeOwnInbox = `${inboxPrefix(app)}.>`;
  if (app === 'gateway') {
    return {
      // every public command and query, by domain; the internal ones are taken out by name
      // and its own events (EVENT_FLOWS.gateway: identity), through its own stream
      publish: {
        allow: [
          ...SERVICES.map((s) => `${QUEUE_GROUPS[s]}.>`),
          ...(EVENT_FLOWS.gateway.publishes.length ? ['$JS.API.INFO'] : []),
          ...EVENT_FLOWS.gateway.publishes.flatMap(ownStream),
        ],
        deny: [...Object.keys(INTERNAL_SUBJECTS).sort(), ...JETSTREAM_DENIED],
      },
      subscribe: {
        allow: [subscribeOwnInbox, ...PLAIN_MESSAGES.filter((m) => m.subscribers.includes(app)).map((m) => m.subject)],
        deny: [],
      },
      allowResponses: false,
    };
  }
  const service = serviceOf(app)!;
  const flows = EVENT_FLOWS[service];
  const publish = new Set<string>(['$JS.API.INFO', HealthSubjects[service]]);
  const deny = new Set<string>(JETSTREAM_DENIED);
  for (const d of flows.publishes) ownStream(d).forEach((x) => publish.add(x));
  for (const d of flows.consumes) {
    consumeStream(d, app).forEach((x) => publish.add(x));
    if (flows.replays) {
      // ephemeral (ordered) consumers of its own, named at random: never another service's durable
      const s = EVENT_STREAMS[d].stream;
      for (const x of [
        `$JS.API.CONSUMER.CREATE.${s}.*`,
        `$JS.API.CONSUMER.INFO.${s}.*`,
        `$JS.API.CONSUMER.MSG.NEXT.${s}.*`,
      ])
        publish.add(x);
      for (const other of durablesOf(d).filter((o) => o !== app)) {
        for (const x of [
          `$JS.API.CONSUMER.CREATE.${s}.${other}`,
          `$JS.API.CONSUMER.CREATE.${s}.${other}.>`,
          `$JS.API.CONSUMER.MSG.NEXT.${s}.${other}`,
        ])
          deny.add(x);
      }
    }
  }
  for (const [subject, callers] of Object.entries(INTERNAL_SUBJECTS))
    if (callers.includes(service)) publish.add(subject);
  for (const m of PLAIN_MESSAGES) if (m.publisher === service) publish.add(m.subject);
  return {
    publish: { allow: [...publish], deny: [...deny] },
    subscribe: {
      allow: [
        `${QUEUE_GROUPS[service]}.>`,
        subscribeOwnInbox,
        ...PLAIN_MESSAGES.filter((m) => m.subscribers.includes(app)).map((m) => m.subject),
      ],
      deny: [],
    },
    allowResponses: true,
  };
}

export type NatsCredentials = Record<NatsApp, string>;

/** A fresh random password for every app (192 bits each). */
export function newNatsCredentials(): NatsCredentials {
  return Object.fromEntries(NATS_APPS.map((a) => [a, randomBytes(24).toString('base64url')])) as NatsCredentials;
}

/** The environment that gives an app its NATS user (NATS_USER is the app's name). */
export function natsCredentialsEnv(
  app: NatsApp,
  credentials: NatsCredentials,
): { NATS_USER: string; NATS_PASSWORD: string } {
  return { NATS_USER: app, NATS_PASSWORD: credentials[app] };
}

export interface NatsUserEntry {
  user: string;
  /** the password, or the environment variable the server reads it from (`password: $NAME`) */
  password: string | { env: string };
  /** null: no permissions block (everything allowed) — only the test harness's own user */
  permissions: NatsPermissions | null;
}

export interface NatsServerConfigOptions {
  host?: string;
  port: number;
  storeDir: string;
  users: NatsUserEntry[];
  /** optional monitoring port (health checks) */
  httpPort?: number;
  /** one node of a NATS cluster (JetStream replicas): its name, its route port and every node's route URL */
  cluster?: { serverName: string; name: string; port: number; routes: string[] };
}

/** The users of the apps, each with its permissions, from generated credentials or environment variable names. */
export function appUsers(passwords: NatsCredentials | ((app: NatsApp) => { env: string })): NatsUserEntry[] {
  return NATS_APPS.map((app) => ({
    user: app,
    password: typeof passwords === 'function' ? passwords(app) : passwords[app],
    permissions: natsPermissions(app),
  }));
}

const q = (s: string) => JSON.stringify(s);
const list = (xs: string[]) => `[${xs.map(q).join(', ')}]`;

function permissionsBlock(p: NatsPermissions, indent: string): string {
  const rules = (r: SubjectRules) => `{ allow: ${list(r.allow)}${r.deny.length ? `, deny: ${list(r.deny)}` : ''} }`;
  return [
    `${indent}permissions: {`,
    `${indent}  publish: ${rules(p.publish)}`,
    `${indent}  subscribe: ${rules(p.subscribe)}`,
    ...(p.allowResponses ? [`${indent}  allow_responses: true`] : []),
    `${indent}}`,
  ].join('\n');
}

/**
 * A nats-server config: JetStream on with its store, the listen address, and one user per app with its
 * permissions (no user: no connection). Strings are written as JSON strings, which the config format reads.
 */
export function natsServerConfig(o: NatsServerConfigOptions): string {
  const users = o.users.map((u) => {
    const password = typeof u.password === 'string' ? q(u.password) : `$${u.password.env}`;
    return [
      '    {',
      `      user: ${q(u.user)}`,
      `      password: ${password}`,
      ...(u.permissions ? [permissionsBlock(u.permissions, '      ')] : []),
      '    }',
    ].join('\n');
  });
  return [
    '# Generated by libs/messaging/src/permissions.ts (natsServerConfig): the NATS permission table of docs/security.md.',
    ...(o.host ? [`host: ${q(o.host)}`] : []),
    `port: ${o.port}`,
    ...(o.httpPort ? [`http_port: ${o.httpPort}`] : []),
    `jetstream: { store_dir: ${q(o.storeDir)} }`,
    ...(o.cluster
      ? [
          `server_name: ${q(o.cluster.serverName)}`,
          `cluster: { name: ${q(o.cluster.name)}, listen: ${q(`${o.host ?? '0.0.0.0'}:${o.cluster.port}`)}, routes: ${list(o.cluster.routes)} }`,
        ]
      : []),
    'authorization: {',
    '  users: [',
    users.join('\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}
