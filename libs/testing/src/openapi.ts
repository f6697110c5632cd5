import type { TestSystem } from './system.js';

/** An OpenAPI 3.0 schema, as far as the conformance check below reads it. */
export type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  oneOf?: Schema[];
};

/** Where a JSON value departs from an OpenAPI 3.0 schema (types, nullable, required, enum, nested): [] when it conforms. */
export function mismatches(schema: Schema, value: unknown, at = '$'): string[] {
  // a reference would match anything below: read the document through inlineRefs first
  if (schema.$ref || schema.allOf) return [`${at}: ${schema.$ref ? '$ref' : 'allOf'} not inlined (inlineRefs)`];
  if (schema.oneOf)
    return schema.oneOf.some((s) => mismatches(s, value, at).length === 0) ? [] : [`${at}: matches none of oneOf`];
  if (value === null) return schema.nullable ? [] : [`${at}: null but not nullable`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in enum`];
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (schema.type && schema.type !== actual && !(schema.type === 'number' && actual === 'integer'))
    return [`${at}: ${actual}, not ${schema.type}`];
  if (Array.isArray(value))
    return schema.items ? value.flatMap((v, i) => mismatches(schema.items!, v, `${at}[${i}]`)) : [];
  if (actual !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const out = (schema.required ?? []).filter((k) => !(k in obj)).map((k) => `${at}.${k}: required but absent`);
  for (const [k, v] of Object.entries(obj)) {
    const sub =
      schema.properties?.[k] ??
      (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (sub) out.push(...mismatches(sub, v, `${at}.${k}`));
    else if (schema.properties && schema.additionalProperties === undefined) out.push(`${at}.${k}: not described`);
  }
  return out;
}

/**
 * The document with every `$ref` replaced by the schema it names, and each `allOf` merged into one schema
 * (the generator writes a nested class as `{$ref}`, or `{allOf: [{$ref}], nullable, description}`), so a
 * response schema can be read, and checked with `mismatches`, as one tree.
 */
export function inlineRefs<T>(doc: T): T {
  const schemas = (doc as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {};
  const walk = (node: unknown, seen: string[]): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, seen));
    if (!node || typeof node !== 'object') return node;
    const { $ref, allOf, ...rest } = node as Record<string, unknown>;
    if (typeof $ref === 'string') {
      const name = $ref.replace('#/components/schemas/', '');
      if (seen.includes(name)) throw new Error(`inlineRefs: ${name} refers to itself`);
      return walk({ ...(schemas[name] as object), ...rest }, [...seen, name]);
    }
    const own = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, walk(v, seen)])) as Record<string, unknown>;
    if (!Array.isArray(allOf)) return own;
    const parts = [...allOf.map((p) => walk(p, seen) as Record<string, unknown>), own];
    const merged: Record<string, unknown> = Object.assign({}, ...parts);
    const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}));
    const required = [...new Set(parts.flatMap((p) => (p.required as string[] | undefined) ?? []))];
    if (Object.keys(properties).length) merged.properties = properties;
    if (required.length) merged.required = required;
    return merged;
  };
  return walk(doc, []) as T;
}

/** The OpenAPI document the gateway serves (GET /api/docs-json → 200). */
export async function apiDocument(sys: TestSystem): Promise<any> {
  return (await sys.http().get('/api/docs-json').expect(200)).body;
}

/** The gateway's OpenAPI document lists each of `paths` (among others); answers the document. */
export async function expectPathsDocumented(sys: TestSystem, paths: string[]): Promise<any> {
  const doc = await apiDocument(sys);
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(paths));
  return doc;
}
