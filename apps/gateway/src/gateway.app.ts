import { randomUUID } from 'node:crypto';
import { Logger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, getSchemaPath, SwaggerModule } from '@nestjs/swagger';
import { makeLogger } from '@app/config';
import { ErrorBodyV1, OPENAPI_EXTRA_MODELS } from '@app/contracts';
import type { GatewayConfig } from './config.js';
import { GatewayModule } from './gateway.module.js';
import { IdentityService } from './identity/identity.service.js';
import { installReservationFastPath, RESERVE_ROUTE } from './batches/reservation-fast-path.js';
import { registerSlipBodyParser } from './slips/slip-body.js';
import { registerJsonBody } from './http/json-body.js';
import { LeanValidationPipe } from './http/lean-validation.pipe.js';
import { TextSanityPipe } from './http/text-sanity.pipe.js';
import { registerHttpHardening } from './web/http-hardening.js';
import { documentWebPages, registerWebApp } from './web/web-host.js';

export interface GatewayApp {
  app: NestFastifyApplication;
  url: string;
  /** set when a dla_admin was generated at this start: its login, and the 0600 file holding its password */
  generatedAdmin?: { login: string; passwordFile: string };
}

/** Trust the nearest n proxies' X-Forwarded-For entries. */
function trustHops(n: number) {
  return (_address: string, hop: number) => hop < n;
}

const BODY_LIMIT = 1024 * 1024;

export async function createGatewayApp(config: GatewayConfig): Promise<GatewayApp> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config), adapter, {
    logger: makeLogger('gateway', config),
  });
  const access = new Logger('Http');
  const fastify = app.getHttpAdapter().getInstance();
  await registerHttpHardening(fastify);
  // callback hooks, not async ones: no promise per request and hook
  fastify.addHook('onSend', (req, reply, _payload, done) => {
    reply.header('x-request-id', req.id);
    done();
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    // the access log's object only when its level is on (LOG_LEVEL=error drops it)
    if (Logger.isLevelEnabled('log'))
      access.log({
        message: 'request',
        requestId: req.id,
        method: req.method,
        url: req.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      });
    done();
  });
  const fastPath = config.reserveFastPath ? installReservationFastPath(app) : undefined;

  registerSlipBodyParser(fastify);
  registerJsonBody(app, BODY_LIMIT);

  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(
    new TextSanityPipe(),
    // the full ValidationPipe (GATEWAY_VALIDATION), with a fast path for the reservation body of a live sale
    new LeanValidationPipe(),
  );

  const doc = new DocumentBuilder()
    .setTitle('ของดีบ้านเรา — pre-order marketplace API')
    .setDescription(
      'Public API of the gateway. Errors are `{ statusCode, code, message, fields? }`; `fields` names each bad input. ' +
        'Reading the catalog is public; everything else needs `Authorization: Bearer <accessToken>` from /api/v1/auth/login.',
    )
    .setVersion('1')
    .addBearerAuth()
    .addGlobalResponse(
      ...(
        [
          [
            400,
            'Invalid input: `fields` names each bad field (VALIDATION_FAILED, INVALID_JSON, AMOUNT_EXCEEDS_DUE, SLIP_UNREADABLE)',
          ],
          [401, 'Not signed in, or the token is invalid or expired (UNAUTHENTICATED, INVALID_CREDENTIALS)'],
          [403, 'Signed in, but this is outside your role or area (FORBIDDEN)'],
          [404, 'Not found, or not yours to see (NOT_FOUND)'],
          [
            409,
            'Conflicts with the current state (DUPLICATE, ILLEGAL_TRANSITION, SOLD_OUT, NOT_OPEN, LIMIT_EXCEEDED, CONFLICT)',
          ],
          [
            413,
            'The request body is too large: 1 MB, or 5 MB for a slip image, 10 MB for a product photo (PAYLOAD_TOO_LARGE)',
          ],
          [429, 'Too many failed logins (RATE_LIMITED; see Retry-After)'],
          [
            503,
            'A service or database is down, or its answer was lost (SERVICE_UNAVAILABLE; see Retry-After, and `retrySafe` for whether the same request may be sent again)',
          ],
        ] as const
      ).map(([status, description]) => ({ status, description, schema: { $ref: getSchemaPath(ErrorBodyV1) } })),
    )
    .build();
  SwaggerModule.setup(
    'api/docs',
    app,
    () => documentWebPages(SwaggerModule.createDocument(app, doc, { extraModels: OPENAPI_EXTRA_MODELS })),
    { jsonDocumentUrl: 'api/docs-json' },
  );
  await registerWebApp(fastify, config);

  app.enableShutdownHooks();
  // The first administrator exists before the first request can arrive (else a client could meet a
  // system with no admin, and a failing bootstrap would leave a gateway listening without one).
  await app.init();
  if (fastPath && !fastPath.installed())
    throw new Error(`the reservation fast path found no route ${RESERVE_ROUTE.method} ${RESERVE_ROUTE.url}`);
  const generated = await app.get(IdentityService).bootstrapAdmin();
  await app.listen(config.port, config.host);
  const address = fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    generatedAdmin: generated?.passwordFile
      ? { login: generated.login, passwordFile: generated.passwordFile }
      : undefined,
  };
}
