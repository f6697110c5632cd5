import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import pg from 'pg';
import type { MigrationInterface } from 'typeorm';
import { databaseName, openServiceDataSource, withDatabase } from '@app/persistence';

/**
 * A suite's database is a copy (`CREATE DATABASE … TEMPLATE`) of a template database migrated once with the
 * service's migrations, instead of running every migration again for every suite.
 *
 * One template per service and per migration set: its name carries a hash of the migrations file and of
 * every source file it imports (relative imports and @app/* libraries, followed to the end), so a changed
 * migration — or a helper it calls, such as libs/messaging's outbox schema — makes a new template, and
 * branches with different migrations sharing one PostgreSQL never use each other's. It is built under an
 * advisory lock named after it (jest workers and concurrent runs wait for the first builder, then reuse
 * it) and marked `IS_TEMPLATE` only once fully migrated: an interrupted build is dropped and built again.
 */

const ROOT = process.cwd();
const fingerprints = new Map<string, string>();

/** sha256 of a source file and everything it imports from the repository, in a stable order. */
export function sourceFingerprint(file: string): string {
  const known = fingerprints.get(file);
  if (known) return known;
  const seen = new Set<string>();
  const pending = [resolve(ROOT, file)];
  while (pending.length) {
    const f = pending.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const target = resolveImport(m[1], f);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  const hash = createHash('sha256');
  for (const f of [...seen].sort()) hash.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  const digest = hash.digest('hex');
  fingerprints.set(file, digest);
  return digest;
}

function resolveImport(spec: string, from: string): string | null {
  const alias = /^@app\/([^/]+)$/.exec(spec);
  const base = alias
    ? join(ROOT, 'libs', alias[1], 'src', 'index.js')
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return null; // a package: its version is in package-lock.json, not a migration's concern
  const stem = base.replace(/\.(m?js)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.mts`, `${stem}.mjs`, join(base, 'index.ts')]) {
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return null;
}

export interface TemplateSource {
  /** the service (names the template) */
  service: string;
  migrations: Array<new () => MigrationInterface>;
  /** repository-relative file exporting `migrations` */
  migrationsFile: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The template's name: kdbr_tpl_<service>_<12 hex of the migration set's hash>. */
export function templateName(src: TemplateSource): string {
  return `kdbr_tpl_${src.service.replace(/-/g, '_')}_${sourceFingerprint(src.migrationsFile).slice(0, 12)}`;
}

/** Templates of a service's older migration sets not built for this long are dropped when a new one is built. */
const STALE_TEMPLATE_MS = 3 * 24 * 3600_000;

const isReady = async (admin: pg.Client, name: string) =>
  (await admin.query('SELECT datistemplate FROM pg_database WHERE datname = $1', [name])).rows[0]?.datistemplate ===
  true;

/**
 * Builds the template under the exclusive form of its advisory lock (copies hold the shared form, so a template
 * is never dropped while it is copied), unless another worker built it meanwhile. Advisory locks are per
 * database: every worker takes them in `postgres`.
 */
async function build(admin: pg.Client, serverUrl: string, name: string, src: TemplateSource): Promise<void> {
  await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
  try {
    if (await isReady(admin, name)) return;
    await admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`); // an interrupted build
    await admin.query(`CREATE DATABASE ${quote(name)}`);
    const ds = await openServiceDataSource({
      url: withDatabase(serverUrl, name),
      entities: [],
      migrations: src.migrations,
      name: 'test-template',
      poolSize: 2,
    });
    await ds.destroy();
    await admin.query(`COMMENT ON DATABASE ${quote(name)} IS '${Date.now()}'`);
    await admin.query(`ALTER DATABASE ${quote(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
  }
  await dropStaleTemplates(admin, src.service, name);
}

/** A service's templates of other migration sets built more than STALE_TEMPLATE_MS ago, unless one is being copied. */
async function dropStaleTemplates(admin: pg.Client, service: string, keep: string): Promise<void> {
  const { rows } = await admin.query(
    `SELECT d.datname AS name, shobj_description(d.oid, 'pg_database') AS built FROM pg_database d
      WHERE d.datname LIKE $1 AND d.datname <> $2 AND d.datistemplate`,
    [`kdbr\\_tpl\\_${service.replace(/-/g, '_')}\\_%`, keep],
  );
  for (const r of rows) {
    if (r.built == null || !(Number(r.built) < Date.now() - STALE_TEMPLATE_MS)) continue;
    const locked = (await admin.query('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [r.name])).rows[0].ok;
    if (!locked) continue;
    try {
      await admin.query(`ALTER DATABASE ${quote(r.name)} WITH IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE IF EXISTS ${quote(r.name)}`);
    } catch {
      /* another run dropped it, or copies it right now: next time */
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [r.name]);
    }
  }
}

async function withAdmin<T>(serverUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({
    connectionString: withDatabase(serverUrl, 'postgres'),
    application_name: 'test-template',
  });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** Builds the template when it does not exist yet (once per migration set, whatever races for it). */
export function ensureTemplate(serverUrl: string, src: TemplateSource): Promise<string> {
  const name = templateName(src);
  return withAdmin(serverUrl, async (admin) => {
    if (!(await isReady(admin, name))) await build(admin, serverUrl, name, src);
    return name;
  });
}

/** Creates the database of `url` as a copy of the service's template (built first when missing). */
export function createDatabaseFromTemplate(url: string, src: TemplateSource): Promise<void> {
  const name = templateName(src);
  return withAdmin(url, async (admin) => {
    for (;;) {
      await admin.query('SELECT pg_advisory_lock_shared(hashtext($1))', [name]);
      try {
        if (await isReady(admin, name)) {
          await admin.query(`CREATE DATABASE ${quote(databaseName(url))} TEMPLATE ${quote(name)}`);
          return;
        }
      } finally {
        await admin.query('SELECT pg_advisory_unlock_shared(hashtext($1))', [name]);
      }
      await build(admin, url, name, src);
    }
  });
}
