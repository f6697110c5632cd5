import { randomUUID } from 'node:crypto';
import { Logger, RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { makeLogger } from '@app/config';
import { flattenValidationErrors, validationError } from '@app/messaging';
import type { GatewayConfig } from './config.js';
import { GatewayModule } from './gateway.module.js';
import { IdentityService } from './identity/identity.service.js';

export interface GatewayApp {
  app: NestFastifyApplication;
  url: string;
  /** set when a dla_admin was generated at this start: printed once by npm start */
  generatedAdmin?: { login: string; password: string };
}

export async function createGatewayApp(config: GatewayConfig): Promise<GatewayApp> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config), adapter, { logger: makeLogger('gateway', config) });
  const access = new Logger('Http');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    access.log({ message: 'request', requestId: req.id, method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) });
  });

  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      exceptionFactory: (errors) => validationError(flattenValidationErrors(errors)),
    }),
  );

  const doc = new DocumentBuilder()
    .setTitle('ของดีบ้านเรา — pre-order marketplace API')
    .setDescription(
      'Public API of the gateway. Errors are `{ statusCode, code, message, fields? }`; `fields` names each bad input. ' +
        'Reading the catalog is public; everything else needs `Authorization: Bearer <accessToken>` from /api/v1/auth/login.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs-json' });

  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const generated = await app.get(IdentityService).bootstrapAdmin();
  const address = fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    generatedAdmin: generated?.password ? { login: generated.login, password: generated.password } : undefined,
  };
}
