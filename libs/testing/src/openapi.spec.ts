import { inlineRefs, mismatches } from './openapi.js';
import type { Schema } from './openapi.js';

/** The generated document names nested classes by $ref (nullable ones inside allOf); the check reads them inlined. */
const doc = {
  paths: {
    '/x': {
      get: {
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Shipment: { type: 'object', properties: { carrier: { type: 'string' } }, required: ['carrier'] },
      Order: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          shipment: { nullable: true, type: 'object', allOf: [{ $ref: '#/components/schemas/Shipment' }] },
          history: { type: 'array', items: { $ref: '#/components/schemas/Shipment' } },
        },
        required: ['id', 'shipment', 'history'],
      },
    },
  },
};

describe('inlineRefs and mismatches', () => {
  const schema = (d: typeof doc): Schema =>
    d.paths['/x'].get.responses['200'].content['application/json'].schema as Schema;

  it('refuses to check against a reference it cannot see through (it would match anything)', () => {
    expect(mismatches(schema(doc), { whatever: 1 })).toEqual(['$: $ref not inlined (inlineRefs)']);
  });

  it('checks the inlined schema: required, nullable nested classes, arrays of them', () => {
    const s = schema(inlineRefs(doc));
    expect(mismatches(s, { id: 'a', shipment: null, history: [{ carrier: 'kerry' }] })).toEqual([]);
    expect(mismatches(s, { id: 'a', shipment: { carrier: 'kerry' }, history: [] })).toEqual([]);
    expect(mismatches(s, { id: 'a', shipment: {}, history: [{}] })).toEqual([
      '$.shipment.carrier: required but absent',
      '$.history[0].carrier: required but absent',
    ]);
    expect(mismatches(s, { shipment: null, history: [], extra: 1 })).toEqual([
      '$.id: required but absent',
      '$.extra: not described',
    ]);
  });
});
