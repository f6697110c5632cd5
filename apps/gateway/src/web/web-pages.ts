import type { FastifyInstance } from 'fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { CatalogSubjects, HarvestPreorderSubjects } from '@app/contracts';
import type { BatchV1, ProductV1, ShareKitV1 } from '@app/contracts';
import { DomainError } from '@app/messaging';
import type { ServiceClient } from '../rpc/service-client.js';
import { page } from './html.js';
import { notFoundPage, productPage } from './product-page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Web pages live outside /api/v1, at the links the share kit prints (`<PUBLIC_BASE_URL>/products/<id>`),
 * so they are plain Fastify routes next to Nest's API routes.
 */
export function registerWebPages(fastify: FastifyInstance, services: ServiceClient): void {
  fastify.get<{ Params: { id: string } }>('/products/:id', async (req, reply) => {
    reply.type('text/html; charset=utf-8');
    if (!UUID.test(req.params.id)) return reply.status(404).send(notFoundPage());
    const ctx = { caller: null, requestId: String(req.id) };
    try {
      const [product, share, batches] = await Promise.all([
        services.call<ProductV1>(CatalogSubjects.getProduct, { id: req.params.id }, ctx),
        services.call<ShareKitV1>(CatalogSubjects.getShareKit, { id: req.params.id }, ctx),
        // the page still shows the product when the preorder service is down
        services.call<BatchV1[]>(HarvestPreorderSubjects.listBatches, { productId: req.params.id, status: 'open' }, ctx).catch(() => []),
      ]);
      return reply.header('cache-control', 'public, max-age=30').send(productPage(product, share.qrSvg, batches));
    } catch (e) {
      if (e instanceof DomainError && e.code === 'NOT_FOUND') return reply.status(404).send(notFoundPage());
      return reply.status(503).send(page('ขออภัย', '<h1>ระบบไม่ว่างชั่วคราว</h1><p>โปรดลองใหม่อีกครั้ง</p>'));
    }
  });
}

export function documentWebPages(doc: OpenAPIObject): OpenAPIObject {
  doc.paths['/products/{id}'] = {
    get: {
      tags: ['web'],
      summary: 'The public product page a post, LINE share or QR code links to (HTML, Thai)',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: {
        '200': { description: 'the product page', content: { 'text/html': { schema: { type: 'string' } } } },
        '404': { description: 'no such product', content: { 'text/html': { schema: { type: 'string' } } } },
      },
    },
  };
  return doc;
}
