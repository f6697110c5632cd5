// The routes of the gateway's OpenAPI document and, for each, a request that should pass validation: a body
// built from the schema (its examples and enums, the seeded world's ids by field name, dates that are still
// ahead), path ids of the seeded data that belongs there, and the query's documented values.
import { DISTRICT, LAO, PROVINCE } from './seed.mjs';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function resolve(doc, schema) {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 20; i++) s = doc.components.schemas[s.$ref.split('/').pop()];
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => resolve(doc, x)));
  return s;
}

/** Every path × method of the document, in a stable order. */
export function routes(doc) {
  const out = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const m of METHODS) {
      const op = ops[m];
      if (!op) continue;
      const content = op.requestBody?.content ?? {};
      const params = op.parameters ?? [];
      out.push({
        key: `${m.toUpperCase()} ${path}`,
        method: m.toUpperCase(),
        path,
        op,
        auth: Boolean(op.security?.length),
        bodyTypes: Object.keys(content),
        jsonSchema: content['application/json'] ? resolve(doc, content['application/json'].schema) : null,
        bodyRequired: Boolean(op.requestBody?.required ?? op.requestBody),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: Boolean(p.required), schema: resolve(doc, p.schema) })),
        headers: [...new Set(params.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()))],
        // required only when no entry of the same name says optional (the document lists some twice)
        requiredHeaders: [...new Set(params.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()))].filter(
          (n) => params.filter((p) => p.in === 'header' && p.name.toLowerCase() === n).every((p) => p.required),
        ),
      });
    }
  }
  return out;
}

/** The seeded id that a path parameter of this route names. */
export function validPathValue(route, name, ids) {
  const p = route.path;
  if (name === 'code')
    return p.startsWith('/api/v1/provinces') ? PROVINCE : p.startsWith('/api/v1/districts') ? DISTRICT : LAO;
  if (name === 'pingId') return ids.pingId;
  if (name === 'file') return 'thumb.webp';
  if (name === 'refundId' || name === 'slipId') return '5f1b7a3e-2c4d-4e8f-9a0b-1c2d3e4f5a6b';
  if (/^\/(api\/v1\/)?products\//.test(p)) return ids.productId;
  if (/^\/(api\/v1\/)?producers\//.test(p)) return ids.producerId;
  if (p.startsWith('/api/v1/batches/{id}/purchases')) return ids.stockBatchId;
  if (/^\/(api\/v1\/)?batches\//.test(p)) return ids.batchId;
  if (p.startsWith('/api/v1/orders/')) return ids.orderId;
  if (p.startsWith('/api/v1/reservations/')) return ids.reservationId;
  if (p.startsWith('/api/v1/content-links/')) return ids.contentLinkId;
  if (p.startsWith('/api/v1/admin/users/')) return ids.laoAdminUserId;
  if (p.startsWith('/api/v1/media/')) return ids.productId;
  return ids.productId;
}

const day = 24 * 3600_000;
const iso = (ms) => new Date(ms).toISOString();

/** A value for a body field by its name, where the seeded world or the calendar decides what is valid. */
function byName(name, route, world, now) {
  const { ids } = world;
  const stock = route.path.includes('/purchases');
  const v = {
    productId: ids.productId,
    producerId: ids.producerId,
    orderId: ids.orderId,
    pickupPointId: stock ? ids.stockPickupPointId : ids.pickupPointId,
    laoCode: LAO,
    provinceCode: PROVINCE,
    districtCode: DISTRICT,
    postalCode: '56120',
    harvestStart: iso(now + 30 * day).slice(0, 10),
    harvestEnd: iso(now + 40 * day).slice(0, 10),
    preorderOpensAt: iso(now - 60_000),
    preorderClosesAt: iso(now + 25 * day),
    publishedAt: iso(now - day),
    start: iso(now + 31 * day),
    end: iso(now + 31 * day + 4 * 3600_000),
    month: iso(now).slice(0, 7),
    fiscalYear: 2570,
    quantity: 1,
    rating: 5,
    seasonMonths: [7, 8, 9],
  }[name];
  if (route.key === 'POST /api/v1/auth/login')
    return { login: world.victim.login, password: world.victim.password }[name] ?? v;
  return v;
}

/** A body that passes the schema (as far as the document says), for the route's JSON schema. */
export function validBody(doc, route, world, now = Date.now()) {
  if (!route.jsonSchema) return undefined;
  const build = (schema, name, depth) => {
    const s = resolve(doc, schema);
    const named = name === undefined ? undefined : byName(name, route, world, now);
    if (named !== undefined) return named;
    if (s.example !== undefined) return s.example;
    if (s.default !== undefined) return s.default;
    if (s.enum) return s.enum[0];
    if (s.oneOf || s.anyOf) return build((s.oneOf ?? s.anyOf)[0], name, depth);
    if (depth > 6) return null;
    switch (s.type) {
      case 'object':
      case undefined: {
        if (!s.properties) return s.type === 'object' ? {} : 'x';
        const o = {};
        for (const [k, sub] of Object.entries(s.properties)) {
          if ((s.required ?? []).includes(k) || depth === 0) o[k] = build(sub, k, depth + 1);
        }
        return o;
      }
      case 'array':
        return [build(s.items, undefined, depth + 1)];
      case 'number':
      case 'integer':
        return Math.max(1, Math.min(s.maximum ?? 10, 10));
      case 'boolean':
        return false;
      default:
        return s.format === 'uuid' ? world.ids.productId : 'ทดสอบ';
    }
  };
  const body = build(route.jsonSchema, undefined, 0);
  return fixups(route, body, world);
}

// What the schema cannot say: fields that only make sense together, and objects the document leaves untyped.
function fixups(route, body, world) {
  const b = structuredClone(body);
  const k = route.key;
  if ('fulfilment' in b)
    b.fulfilment = {
      type: 'pickup',
      pickupPointId: route.path.includes('/purchases') ? world.ids.stockPickupPointId : world.ids.pickupPointId,
    };
  if (k === 'POST /api/v1/producers') {
    delete b.account;
    b.contacts = { phone: '0812345678' };
  }
  if ('description' in b && typeof b.description !== 'string') b.description = 'ลำไยหวานหอม';
  if ('story' in b && typeof b.story !== 'string') b.story = 'เรื่องเล่าของสวน';
  if ('contacts' in b && k.includes('/products')) delete b.contacts;
  if ('media' in b) b.media = [{ type: 'photo', url: 'https://www.facebook.com/baanrao/photos/1' }];
  if ('tags' in b) b.tags = ['ลำไย'];
  if (k === 'POST /api/v1/admin/users')
    Object.assign(
      b,
      { role: 'lao_admin', laoCode: LAO, phone: '0899999999', password: 'a-long-password-1' },
      { provinceCode: undefined, producerId: undefined, email: undefined },
    );
  if (k === 'POST /api/v1/auth/register') Object.assign(b, { password: 'a-long-password-1', email: undefined });
  if ('pickupPoints' in b) b.pickupPoints = [{ name: 'ศาลาหมู่บ้าน', address: 'หมู่ 3 ต.บ้านถ้ำ' }];
  if ('delivery' in b) b.delivery = { feeSatang: 5000 };
  if ('unitPriceSatang' in b) delete b.unitPriceSatang;
  if (k === 'PUT /api/v1/targets') delete b.provinceCode;
  if (k === 'POST /api/v1/laos' || k.startsWith('PATCH /api/v1/laos'))
    for (const f of ['lat', 'lon']) if (f in b) b[f] = f === 'lat' ? 19.1 : 99.9;
  if ('slipUrl' in b) delete b.slipUrl;
  if ('allowPartial' in b) b.allowPartial = false;
  for (const [key, v] of Object.entries(b)) if (v === undefined) delete b[key];
  return b;
}

/** A documented query value for a parameter (so a hostile value of one parameter meets valid others). */
export function validQueryValue(q) {
  const s = q.schema;
  if (s.enum) return s.enum[0];
  if (s.example !== undefined) return String(s.example);
  if (s.default !== undefined) return String(s.default);
  if (q.name === 'fiscalYear') return '2570';
  if (q.name === 'month') return new Date().toISOString().slice(0, 7);
  if (q.name === 'format') return 'xlsx';
  if (s.type === 'number' || s.type === 'integer') return '1';
  return undefined;
}
