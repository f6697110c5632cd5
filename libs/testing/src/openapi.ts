/** An OpenAPI 3.0 schema, as far as the conformance check below reads it. */
export type Schema = { type?: string; nullable?: boolean; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; additionalProperties?: Schema | boolean; oneOf?: Schema[] };

/** Where a JSON value departs from an OpenAPI 3.0 schema (types, nullable, required, enum, nested): [] when it conforms. */
export function mismatches(schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.oneOf) return schema.oneOf.some((s) => mismatches(s, value, at).length === 0) ? [] : [`${at}: matches none of oneOf`];
  if (value === null) return schema.nullable ? [] : [`${at}: null but not nullable`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in enum`];
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (schema.type && schema.type !== actual && !(schema.type === 'number' && actual === 'integer')) return [`${at}: ${actual}, not ${schema.type}`];
  if (Array.isArray(value)) return schema.items ? value.flatMap((v, i) => mismatches(schema.items!, v, `${at}[${i}]`)) : [];
  if (actual !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const out = (schema.required ?? []).filter((k) => !(k in obj)).map((k) => `${at}.${k}: required but absent`);
  for (const [k, v] of Object.entries(obj)) {
    const sub = schema.properties?.[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (sub) out.push(...mismatches(sub, v, `${at}.${k}`));
    else if (schema.properties && schema.additionalProperties === undefined) out.push(`${at}.${k}: not described`);
  }
  return out;
}

