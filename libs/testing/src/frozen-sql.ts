import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { DataSource } from 'typeorm';

/**
 * Migrations freeze the SQL functions they create. The convention (see docs/rules.md):
 *
 *   <service>/src/migrations/sql/<timestamp>-<function>.sql.ts   — the exact text migration <timestamp> runs
 *
 * A frozen file is never edited and imports nothing; a change to a function is a new migration with a copy of
 * the newest frozen file under its own timestamp. So an old migration always re-runs the text it ran then, and
 * the newest file of each function is the function as deployed.
 *
 * These checks take the service's migrations folder as a parameter (this library never imports an app).
 */

const FUNCTION_RE = /CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(?:public\.)?([a-z_][a-z0-9_]*)\s*\(/gi;
const TIMESTAMP_RE = /^(\d{13})-/;

export interface FrozenText {
  file: string;
  timestamp: string;
  functionName: string;
  sql: string;
}

/**
 * The exports of a frozen file, evaluated from its source. A frozen file imports nothing (checked below), so it
 * is transpiled and run on its own — not import()ed: a dynamic import of a .ts file kept jest's ESM worker
 * from exiting.
 */
function evaluateFrozen(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', js)(exports);
  return exports;
}

/** Every function text frozen under `<migrationsDir>/sql`, oldest first. */
export function frozenFunctionTexts(migrationsDir: string): FrozenText[] {
  const dir = join(migrationsDir, 'sql');
  const out: FrozenText[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.sql.ts'))
    .sort()) {
    const timestamp = TIMESTAMP_RE.exec(file)?.[1];
    if (!timestamp) throw new Error(`${file}: a frozen file is named <migration timestamp>-<function>.sql.ts`);
    for (const value of Object.values(evaluateFrozen(readFileSync(join(dir, file), 'utf8')))) {
      if (typeof value !== 'string') continue;
      for (const m of value.matchAll(FUNCTION_RE))
        out.push({ file, timestamp, functionName: m[1].toLowerCase(), sql: value });
    }
  }
  return out;
}

/**
 * What breaks the convention in the source files (empty when none):
 * - a migration importing a `.sql.js` text that is not its own frozen file (a "current" text shared with a
 *   later migration, or another migration's frozen file);
 * - a frozen file imported by no migration or by several;
 * - a frozen file that imports anything (its text would change when the import does).
 */
export function frozenSqlImportProblems(migrationsDir: string): string[] {
  const problems: string[] = [];
  const sqlDir = join(migrationsDir, 'sql');
  const frozen = existsSync(sqlDir) ? readdirSync(sqlDir).filter((f) => f.endsWith('.sql.ts')) : [];
  const importedBy = new Map<string, string[]>(frozen.map((f) => [f, []]));
  for (const file of readdirSync(migrationsDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
    const text = readFileSync(join(migrationsDir, file), 'utf8');
    const own = TIMESTAMP_RE.exec(file)?.[1];
    for (const m of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (!/\.sql(\.js)?$/.test(spec)) continue;
      const sm = /^\.\/sql\/([^/]+)\.js$/.exec(spec);
      if (!sm) {
        problems.push(
          `${file} imports ${spec}: a migration runs only its own frozen text (./sql/${own ?? '<timestamp>'}-<function>.sql.js)`,
        );
        continue;
      }
      const target = `${sm[1]}.ts`;
      if (TIMESTAMP_RE.exec(target)?.[1] !== own)
        problems.push(`${file} imports ${spec}, frozen for another migration`);
      if (!importedBy.has(target)) problems.push(`${file} imports ${spec}, which does not exist`);
      else importedBy.get(target)!.push(file);
    }
  }
  for (const [f, by] of importedBy) {
    if (by.length !== 1)
      problems.push(
        `sql/${f} is imported by ${by.length} migrations (${by.join(', ') || 'none'}); exactly one runs it`,
      );
    if (/^\s*import\s/m.test(readFileSync(join(sqlDir, f), 'utf8')))
      problems.push(`sql/${f} imports something: a frozen text is self-contained`);
  }
  return problems;
}

/** pg_get_functiondef of the one function `name` in the public schema, and its identity for DROP. */
async function definition(
  q: (sql: string, params?: unknown[]) => Promise<Array<Record<string, string>>>,
  name: string,
): Promise<{ def: string; ident: string }> {
  const rows = await q(
    `SELECT pg_get_functiondef(p.oid) AS def, p.oid::regprocedure::text AS ident
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = $1`,
    [name],
  );
  if (rows.length !== 1)
    throw new Error(`${rows.length} functions named ${name} in the migrated database (expected 1)`);
  return rows[0] as { def: string; ident: string };
}

/**
 * For each function with a frozen text: the definition in `ds` (a database every migration ran on) equals the
 * definition the NEWEST frozen text creates. Compared through pg_get_functiondef in a rolled-back transaction
 * (drop, run the frozen text, read it back), so formatting PostgreSQL normalizes cannot make a false alarm.
 * Returns the mismatches (empty when none) and the functions checked.
 */
export async function frozenFunctionMismatches(
  ds: DataSource,
  migrationsDir: string,
): Promise<{ checked: string[]; mismatches: string[] }> {
  const texts = frozenFunctionTexts(migrationsDir);
  const newest = new Map<string, FrozenText>();
  for (const t of texts)
    if (!newest.has(t.functionName) || newest.get(t.functionName)!.timestamp < t.timestamp)
      newest.set(t.functionName, t);
  const mismatches: string[] = [];
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    const q = (sql: string, params?: unknown[]) => qr.query(sql, params) as Promise<Array<Record<string, string>>>;
    for (const [name, t] of newest) {
      await qr.startTransaction();
      try {
        const deployed = await definition(q, name);
        await q(`DROP FUNCTION ${deployed.ident} CASCADE`); // its triggers too: rolled back below
        await q(t.sql);
        const frozen = await definition(q, name);
        if (deployed.def !== frozen.def) mismatches.push(`${name}: the migrated database differs from sql/${t.file}`);
      } finally {
        await qr.rollbackTransaction();
      }
    }
  } finally {
    await qr.release();
  }
  return { checked: [...newest.keys()].sort(), mismatches };
}
