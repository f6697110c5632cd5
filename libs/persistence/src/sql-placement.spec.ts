import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Issue 17 point 3: each service's SQL lives in its repositories (`*.repository.ts`), never in the services,
 * handlers, sweepers or policies around them. This reads the sources (it imports nothing of the apps) and
 * fails on any string or template literal that reads as SQL, and on any `.query(` call, outside a
 * repository or a migration.
 *
 * CONVERTED lists the apps whose SQL has moved: every app with a database. EXEMPT names what is left, and why.
 */
const CONVERTED = ['harvest-preorder', 'order', 'catalog', 'reporting', 'gateway', 'notification'];

/** The repositories' own helpers (no statement of their own). */
const HELPERS = new Set(['db.ts']);

/** Files or folders (ending in /) left as they are for now, each with why (paths from the repository's root). */
const EXEMPT: Record<string, string> = {};

const exempt = (path: string) => Object.keys(EXEMPT).some((e) => (e.endsWith('/') ? path.startsWith(e) : path === e));

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** SQL as it is written here: upper-case keywords in their statement shape. */
const SQL =
  /\b(SELECT\s[\s\S]*\bFROM\b|SELECT\s+\d|INSERT\s+INTO\b|UPDATE\s+\w+\s+(\w+\s+)?SET\b|DELETE\s+FROM\b|WITH\s+\w+\s+AS\s*\(|ON\s+CONFLICT\b|FOR\s+UPDATE\b)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sources(path);
    return e.name.endsWith('.ts') &&
      !e.name.endsWith('.spec.ts') &&
      !e.name.endsWith('.repository.ts') &&
      !HELPERS.has(e.name)
      ? [path]
      : [];
  });
}

/** Every SQL-looking literal and `.query(` call of a file, as "line: text". */
export function sqlOutsideRepositories(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const at = (n: ts.Node, what: string) =>
    found.push(
      `${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${what.replace(/\s+/g, ' ').slice(0, 100)}`,
    );
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      if (SQL.test(n.text)) at(n, n.text);
    } else if (ts.isTemplateExpression(n)) {
      const whole = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ? ');
      if (SQL.test(whole)) at(n, whole);
    } else if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === 'query'
    ) {
      at(n, n.getText(file));
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

describe('SQL lives in repositories', () => {
  it('recognises SQL in literals and query calls, and not prose', () => {
    const hits = sqlOutsideRepositories(
      'x.ts',
      [
        "const a = 'select a product from the list';",
        'const b = `UPDATE batches SET status = $2 WHERE id = $1`;',
        'const c = `SELECT ${cols} FROM batches`;',
        "const d = 'the UPDATE is the guard';",
        'async function f(em: any) { await em.query(sql, []); }',
      ].join('\n'),
    );
    expect(hits.map((h) => h.split(':')[0])).toEqual(['2', '3', '5']);
  });

  it.each(CONVERTED)('apps/%s: no SQL outside *.repository.ts and migrations', (app) => {
    const offenders = sources(join(ROOT, 'apps', app, 'src'))
      .filter((path) => !exempt(relative(ROOT, path)))
      .flatMap((path) =>
        sqlOutsideRepositories(path, readFileSync(path, 'utf8')).map((hit) => `${relative(ROOT, path)}:${hit}`),
      );
    expect(offenders).toEqual([]);
  });
});
