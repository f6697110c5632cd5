import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { TestSystem } from '@app/testing';

/**
 * The web app never hand-types an API shape: `apps/web/src/api/schema.d.ts` is generated from the gateway's
 * OpenAPI document. This test fails when the committed file is stale; `npm run web:api` rewrites it.
 */
const SCHEMA_FILE = new URL('../src/api/schema.d.ts', import.meta.url);
const HEADER = "// Generated from the gateway's OpenAPI document by `npm run web:api`. Do not edit.\n";

describe('generated API client', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await TestSystem.start({ services: [] });
  });
  afterAll(() => sys?.close());

  it('matches the gateway’s OpenAPI document', async () => {
    const doc = (await sys.http().get('/api/docs-json').expect(200)).body;
    const generated = HEADER + astToString(await openapiTS(doc, { alphabetize: true }));
    if (process.env.UPDATE_API_CLIENT === '1') writeFileSync(SCHEMA_FILE, generated);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(generated);
  });
});
