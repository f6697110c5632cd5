// The requests sent to one route. Fixed cases first (each token against a valid request, then every body,
// path, query, content-type and header attack), then `perRoute` random ones drawn by fast-check from a seed
// derived from the run's seed and the route, so `--seed N --only "<route>#<i>"` sends case i again.
// A case says what a correct server must do with it: `expect: 'error'` (the input breaks the document:
// any 2xx is a violation) or 'unauth' (no valid identity on a route that needs one: 2xx is a violation).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { BAD_IDS, deepJson, HOSTILE_STRINGS, hostileValue, NUMBER_EDGES, WRONG_TYPES } from './hostile.mjs';
import { resolve, validBody, validPathValue, validQueryValue } from './openapi.mjs';

export const ROLES = ['consumer', 'producer', 'lao_admin', 'province_admin', 'dla_admin'];
/** Identities that are no valid user: no token, a token of a user that does not exist, expired, badly signed, garbage. */
export const NON_USERS = ['none', 'ghost', 'expired', 'badsig', 'garbage'];

export function routeSeed(seed, key) {
  return createHash('sha256').update(`${seed}:${key}`).digest().readUInt32BE(0);
}

function idemKey(seed, key, i) {
  const h = createHash('sha256').update(`idem:${seed}:${key}:${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const jsonType = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const schemaType = (s) => (s.type === 'integer' ? 'number' : (s.type ?? (s.properties ? 'object' : undefined)));

/** Paths into a body: every field the schema describes (optional and nested ones too), arrays at index 0. */
function fieldPaths(doc, schema, body, prefix = [], depth = 0, out = [], conditional = false) {
  const s = resolve(doc, schema);
  if (depth > 4) return out;
  const props =
    s.properties ??
    (body && typeof body === 'object' && !Array.isArray(body)
      ? Object.fromEntries(Object.keys(body).map((k) => [k, {}]))
      : {});
  for (const [k, sub] of Object.entries(props)) {
    const rs = resolve(doc, sub);
    const path = [...prefix, k];
    // "with type delivery": checked only when another field says so, so its values prove nothing alone
    const cond = conditional || /^with /i.test(sub.description ?? rs.description ?? '');
    out.push({ path, schema: rs, required: (s.required ?? []).includes(k), conditional: cond });
    const child = body?.[k];
    if (rs.type === 'array' && rs.items) {
      const item = resolve(doc, rs.items);
      out.push({ path: [...path, 0], schema: item, required: false, conditional: cond });
      if (item.properties) fieldPaths(doc, item, child?.[0], [...path, 0], depth + 1, out, cond);
    } else if (rs.properties || (child && typeof child === 'object' && !Array.isArray(child)))
      fieldPaths(doc, rs, child, path, depth + 1, out, cond);
  }
  return out;
}

function setAt(body, path, value) {
  const b = structuredClone(body ?? {});
  let o = b;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    if (o[k] === null || typeof o[k] !== 'object') o[k] = typeof path[i + 1] === 'number' ? [] : {};
    o = o[k];
  }
  if (value === undefined) {
    if (Array.isArray(o)) o.splice(path.at(-1), 1);
    else delete o[path.at(-1)];
  } else o[path.at(-1)] = value;
  return b;
}
const show = (path) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .slice(1);

/** A JSON text with the value at `path` replaced by raw JSON text (deep nesting is never built as objects). */
function withRaw(body, path, raw) {
  const marker = '"__FUZZ_RAW__"';
  return JSON.stringify(setAt(body, path, '__FUZZ_RAW__')).replace(marker, () => raw);
}

function formEncode(body) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(body ?? {})) p.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  return p.toString();
}

/**
 * Is `value` certainly invalid for field `f` (a type the document does not allow, or a value outside its
 * enum)? Not for a field checked only with another's value, nor null in an optional field (IsOptional lets it by).
 */
function certainlyInvalid(f, value) {
  const schema = f.schema;
  const want = schemaType(schema);
  // an object the document gives no fields (a localised text, say) is described too loosely to judge
  if (!want || f.conditional || (want === 'object' && !schema.properties)) return false;
  const got = jsonType(value);
  if (value === null) return f.required && !schema.nullable;
  if (want === 'number') return got !== 'number';
  if (want !== got) return true;
  if (schema.enum && !schema.enum.includes(value)) return true;
  return false;
}

export class CaseFactory {
  constructor({ doc, world, seed, perRoute, quick }) {
    Object.assign(this, { doc, world, seed, perRoute, quick });
  }

  /** A case from a starting request and changes; fills path values, body text, headers. */
  make(
    route,
    i,
    label,
    family,
    { role, body = route.valid, raw, pathValues, query, headers = {}, contentType, expect = 'any' },
  ) {
    const pv = { ...route.validPath, ...pathValues };
    const hdrs = { ...headers };
    if (route.headers.includes('idempotency-key') && !('idempotency-key' in hdrs))
      hdrs['idempotency-key'] = idemKey(this.seed, route.key, i);
    for (const [k, v] of Object.entries(hdrs)) if (v === undefined) delete hdrs[k];
    let text = raw;
    if (text === undefined && body !== undefined && route.jsonSchema) text = JSON.stringify(body);
    const ct = contentType === undefined ? (text !== undefined ? 'application/json' : null) : contentType;
    return {
      route: route.key,
      index: i,
      label,
      family,
      role,
      pathValues: pv,
      query: query ?? route.validQuery,
      headers: hdrs,
      contentType: ct,
      body: text,
      expect,
    };
  }

  /** The identity matrix: a valid request under every token (the first cases of every route). */
  authCases(route) {
    const tokens = [...NON_USERS, ...ROLES];
    return tokens.map((role, i) =>
      this.make(route, i, `token: ${role}`, 'auth', {
        role,
        expect: route.auth && NON_USERS.includes(role) ? 'unauth' : 'any',
      }),
    );
  }

  /** Every other fixed case, sent as `role` (the role the identity matrix found that gets furthest). */
  fixedCases(route, role, start) {
    const out = [];
    let i = start;
    const add = (label, family, o) => out.push(this.make(route, i++, label, family, { role, ...o }));
    const q = this.quick;
    const body = route.valid;
    if (route.jsonSchema) {
      const requiredFields = (route.jsonSchema.required ?? []).length > 0;
      const structural = [
        ['null', 'null'],
        ['[]', '[]'],
        ['"text"', '"text"'],
        ['number', '123'],
        ['{}', '{}'],
        ['invalid JSON', '{"a":'],
        ['empty with JSON content type', ''],
        ['BOM + JSON', `\ufeff${JSON.stringify(body)}`],
      ];
      for (const [name, raw] of q ? structural.filter(([n]) => n === 'null') : structural) {
        add(`body: ${name}`, 'body', {
          raw,
          expect: name === '{}' && !requiredFields ? 'any' : name === 'BOM + JSON' ? 'any' : 'error',
        });
      }
      add('body: object nested 10,000 deep', 'deep', { raw: deepJson(10_000, 'object'), expect: 'error' });
      if (!q) add('body: array nested 10,000 deep', 'deep', { raw: deepJson(10_000, 'array'), expect: 'error' });
      const paths = fieldPaths(this.doc, route.jsonSchema, body);
      const firstArray = paths.find((p) => p.schema.type === 'array');
      const deepAt = firstArray ? [...firstArray.path] : (paths[0]?.path ?? ['x']);
      if (!q)
        add(`body: ${show(deepAt)} nested 10,000 deep`, 'deep', {
          raw: withRaw(body, deepAt, deepJson(10_000, 'array')),
          expect: 'error',
        });
      // a NUL below the depth where text checks stop looking, in an otherwise valid body
      const nestedAt = paths.find((p) => p.path.includes(0) && p.schema.type === 'array')?.path ?? deepAt;
      if (!q)
        add(`body: ${show(nestedAt)} = 40-deep arrays around "\\u0000"`, 'deep', {
          raw: withRaw(body, nestedAt, deepJson(40, 'array', '"\\u0000"')),
          expect: 'error',
        });
      add('body: 1.1 MB (an extra field)', 'huge', {
        raw: JSON.stringify({ ...body, pad: 'x'.repeat(1_150_000) }),
        expect: 'error',
      });
      const firstString = paths.find((p) => p.schema.type === 'string' && !p.schema.enum && !p.schema.format);
      if (firstString && !q) {
        add(`body: ${show(firstString.path)} = 1.1 MB of Thai`, 'huge', {
          body: setAt(body, firstString.path, 'ก'.repeat(400_000)),
          expect: 'error',
        });
        add(`body: ${show(firstString.path)} = 900 KB`, 'huge', {
          body: setAt(body, firstString.path, 'x'.repeat(900_000)),
        });
      }
      if (firstArray && !q)
        add(`body: ${show(firstArray.path)} = 100,000 items`, 'huge', {
          body: setAt(body, firstArray.path, Array(100_000).fill(0)),
          expect: 'error',
        });
      add('body: an unknown field', 'body', { body: { ...body, isAdmin: true }, expect: 'error' });
      if (!q)
        add('body: __proto__ and constructor', 'body', {
          raw: JSON.stringify(body)
            .replace(/^\{/, '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},')
            .replace(/,}$/, '}'),
          expect: 'error',
        });
      const types = [
        ['application/x-www-form-urlencoded', formEncode(body)],
        ['text/plain', JSON.stringify(body)],
        [null, JSON.stringify(body)],
        ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n`],
        ['application/xml', '<a>1</a>'],
        ['application/json; charset=utf-16le', JSON.stringify(body)],
      ];
      for (const [ct, raw] of q ? types.slice(0, 1) : types)
        add(`content type: ${ct ?? 'none'}`, 'content-type', {
          raw,
          contentType: ct ?? '',
          expect: ct === 'application/json; charset=utf-16le' ? 'any' : 'error',
        });
      if (!q)
        add('body: invalid UTF-8 bytes', 'body', {
          raw: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xed, 0xa0, 0x80, 0xff]), Buffer.from('"}')]),
        });
      // one missing, one wrong type and one edge value per field
      paths.forEach((f, n) => {
        const arrayItem = f.path.at(-1) === 0 && schemaType(f.schema) === 'object';
        if (q && n >= 2 && !arrayItem) return;
        if (f.required && !q)
          add(`body: ${show(f.path)} missing`, 'field', {
            body: setAt(body, f.path, undefined),
            expect: f.conditional ? 'any' : 'error',
          });
        const wrong = WRONG_TYPES[n % WRONG_TYPES.length];
        const w = certainlyInvalid(f, wrong) ? wrong : schemaType(f.schema) === 'string' ? 123 : 'text';
        add(`body: ${show(f.path)} = ${JSON.stringify(w)}`, 'field', {
          body: setAt(body, f.path, w),
          expect: certainlyInvalid(f, w) ? 'error' : 'any',
        });
        // an array of objects given an array as its item: `pickupPoints: [[]]`
        if (arrayItem)
          add(`body: ${show(f.path.slice(0, -1))} = [[]]`, 'field', {
            body: setAt(body, f.path.slice(0, -1), [[]]),
            expect: f.conditional ? 'any' : 'error',
          });
        if (q) return;
        const edge =
          schemaType(f.schema) === 'number'
            ? NUMBER_EDGES[n % NUMBER_EDGES.length]
            : HOSTILE_STRINGS[(n * 7) % HOSTILE_STRINGS.length];
        add(`body: ${show(f.path)} = ${JSON.stringify(edge).slice(0, 40)}`, 'field', {
          body: setAt(body, f.path, edge),
          expect: certainlyInvalid(f, edge) ? 'error' : 'any',
        });
      });
    } else if (route.method !== 'GET' && route.bodyTypes.length === 0) {
      add('body: JSON to a route that takes none', 'body', {
        raw: JSON.stringify({ isAdmin: true }),
        contentType: 'application/json',
      });
      if (!q)
        add('body: 1.1 MB to a route that takes none', 'huge', {
          raw: 'x'.repeat(1_150_000),
          contentType: 'text/plain',
        });
    } else if (route.bodyTypes.length) {
      // binary uploads (photos, slips): not images at all, and a JSON body instead
      add('upload: text as image/png', 'body', { raw: 'not an image', contentType: 'image/png', expect: 'error' });
      add('upload: empty', 'body', { raw: '', contentType: 'image/jpeg', expect: 'error' });
      add('upload: JSON', 'content-type', { raw: '{}', contentType: 'application/json', expect: 'error' });
      if (!q)
        add('upload: a PNG header then garbage', 'body', {
          raw: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 0xff)]),
          contentType: 'image/png',
          expect: 'error',
        });
    }
    for (const name of route.pathParams) {
      const valid = route.validPath[name];
      const bad = q ? [BAD_IDS[0], BAD_IDS[9]] : BAD_IDS;
      for (const f of bad) {
        const v = f(valid);
        if (v === valid) continue;
        add(`path ${name} = ${v.length > 40 ? `${v.slice(0, 40)}…` : v}`, 'path', { pathValues: { [name]: v } });
      }
      if (!q) {
        const other = Object.values(this.world.ids).find(
          (x) => typeof x === 'string' && x !== valid && /^[0-9a-f-]{36}$/.test(x),
        );
        add(`path ${name} = another kind's id`, 'path', { pathValues: { [name]: other } });
      }
    }
    (q ? route.query.slice(0, 3) : route.query).forEach((qp, n) => {
      const vals = [
        String(NUMBER_EDGES[n % NUMBER_EDGES.length]),
        HOSTILE_STRINGS[(n * 5 + 2) % HOSTILE_STRINGS.length],
        ['a', 'b'],
        '%ZZ',
      ];
      for (const v of q ? vals.slice(0, 1) : vals) {
        const query = route.validQuery.filter(([k]) => k !== qp.name);
        if (Array.isArray(v)) v.forEach((x) => query.push([qp.name, x]));
        else query.push([qp.name, v]);
        add(`query ${qp.name} = ${JSON.stringify(v).slice(0, 40)}`, 'query', { query });
      }
    });
    if (route.headers.includes('idempotency-key')) {
      const keys = [undefined, '', 'k'.repeat(250), 'ลำไย🍊', idemKey(this.seed, route.key, -1).toUpperCase()];
      for (const k of q ? keys.slice(0, 1) : keys)
        add(`header Idempotency-Key = ${JSON.stringify(k)?.slice(0, 30) ?? 'missing'}`, 'header', {
          headers: { 'idempotency-key': k },
          expect:
            route.requiredHeaders.includes('idempotency-key') && (k === undefined || k === '' || (k?.length ?? 0) > 200)
              ? 'error'
              : 'any',
        });
    }
    return out;
  }

  /** `perRoute` random cases: 1–3 hostile values at random fields, a random identity, path id and content type. */
  randomCases(route, role, start) {
    const paths = route.jsonSchema ? fieldPaths(this.doc, route.jsonSchema, route.valid) : [];
    const arb = fc.record({
      role: fc.oneof(
        { weight: 6, arbitrary: fc.constant(role) },
        { weight: 1, arbitrary: fc.constantFrom(...ROLES, ...NON_USERS) },
      ),
      mutations: paths.length
        ? fc.array(
            fc.tuple(
              fc.nat(paths.length - 1),
              fc.oneof({ weight: 4, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant(undefined) }),
            ),
            { minLength: 1, maxLength: 3 },
          )
        : fc.constant([]),
      pathBad: fc.option(fc.nat(BAD_IDS.length - 1), { freq: 4 }),
      queryBad: route.query.length
        ? fc.option(
            fc.tuple(
              fc.nat(route.query.length - 1),
              fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...NUMBER_EDGES).map(String)),
            ),
            { freq: 2 },
          )
        : fc.constant(null),
      contentType: fc.oneof(
        { weight: 12, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', '') },
      ),
    });
    const samples = fc.sample(arb, { seed: routeSeed(this.seed, route.key), numRuns: this.perRoute });
    return samples.map((s, n) => {
      let body = route.valid;
      const changed = [];
      let breaks = false;
      const last = new Map();
      for (const [pi, value] of s.mutations) {
        const f = paths[pi];
        body = setAt(body, f.path, value);
        changed.push(`${show(f.path)}=${value === undefined ? 'missing' : JSON.stringify(value)?.slice(0, 30)}`);
        last.set(pi, value);
      }
      // judged on what was sent: a field made missing and then set again is not missing
      for (const [pi, value] of last) {
        const f = paths[pi];
        if (
          (value === undefined && f.required && !f.conditional) ||
          (value !== undefined && certainlyInvalid(f, value))
        )
          breaks = true;
      }
      const pathValues = {};
      if (s.pathBad !== null && route.pathParams.length) {
        const name = route.pathParams[s.pathBad % route.pathParams.length];
        pathValues[name] = BAD_IDS[s.pathBad](route.validPath[name]);
        changed.push(`path ${name}=${pathValues[name].slice(0, 40)}`);
      }
      let query;
      if (s.queryBad) {
        const qp = route.query[s.queryBad[0]];
        query = [...route.validQuery.filter(([k]) => k !== qp.name), [qp.name, s.queryBad[1]]];
        changed.push(`query ${qp.name}=${JSON.stringify(s.queryBad[1]).slice(0, 30)}`);
      }
      let raw;
      if (s.contentType !== undefined && route.jsonSchema) {
        raw = s.contentType === 'application/x-www-form-urlencoded' ? formEncode(body) : JSON.stringify(body);
        changed.push(`content type ${s.contentType || 'none'}`);
        breaks = true;
      }
      const expect = route.auth && NON_USERS.includes(s.role) ? 'unauth' : breaks ? 'error' : 'any';
      return this.make(route, start + n, `random: ${changed.join(', ') || 'valid request'}`, 'random', {
        role: s.role,
        body,
        raw,
        pathValues,
        query,
        contentType: s.contentType,
        expect,
      });
    });
  }

  /** The starting request of a route (valid body, path, query), computed once. */
  prepare(route) {
    route.valid = validBody(this.doc, route, this.world);
    route.validPath = Object.fromEntries(route.pathParams.map((n) => [n, validPathValue(route, n, this.world.ids)]));
    route.validQuery = route.query
      .filter((q) => q.required || q.name === 'fiscalYear')
      .map((q) => [q.name, validQueryValue(q)])
      .filter(([, v]) => v !== undefined);
    return route;
  }
}
