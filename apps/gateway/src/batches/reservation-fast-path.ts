import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Reflector } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { markIdempotentByKey, isIdempotentByKey } from '../errors/retry-safety.js';
import { HttpErrorFilter } from '../errors/http-error.filter.js';
import { reserveBody } from '../http/lean-validation.pipe.js';
import { AuthGuard } from '../identity/auth.guard.js';
import type { AuthedRequest, RouteRule } from '../identity/auth.guard.js';
import { AccessTokenVerifier } from '../identity/access-token.js';
import { TokenVersions } from '../identity/token-versions.js';
import { BatchesController } from './batches.controller.js';
import { UUID } from './params.js';

/** The route the fast path serves: POST /api/v1/batches/:id/reservations, as Nest registers it with Fastify. */
export const RESERVE_ROUTE = { method: 'POST', url: '/api/v1/batches/:id/reservations' } as const;

/**
 * POST /batches/:id/reservations during a live sale (issue 14), without Nest's per-request pipeline: the route
 * stays declared on BatchesController (its OpenAPI operation, its decorators, its slow path), and the Fastify
 * handler Nest registers for it is wrapped. For a request whose every pipe would pass unchanged — the path id a
 * UUID, the body of the shape LeanValidationPipe's exact check proves valid (`reserveBody`, which also holds no
 * text TextSanityPipe could refuse) — the wrapper runs the same steps in the same order as Nest would, sharing
 * their code:
 *  1. the guard: AuthGuard.admit with the rule read once from the route's own decorators; its refusal is
 *     answered by HttpErrorFilter, as Nest does (a refusal comes before any pipe);
 *  2. the interceptor: RetrySafetyInterceptor's mark when the handler is @IdempotentByKey();
 *  3. the pipes' results: the id in lower case (UuidParam), the DTO `reserveBody` built (LeanValidationPipe);
 *  4. the handler itself, BatchesController.reserve (Idempotency-Key rules, grouping), its refusal or failure
 *     answered by HttpErrorFilter, its result sent with 201 as Nest's FastifyAdapter.reply does.
 * Any other request (a pipe would refuse or change something, a delivery, an extra key) goes to Nest's handler,
 * untouched. test/reservation-fast-path.e2e-spec.ts compares both paths' answers, headers and bodies.
 *
 * Nest's pipeline for this route (guards consumer, interceptors and rxjs, param factories, pipes, the execution
 * context objects) was the largest part of the gateway's CPU per reservation that was not the network.
 */
export function installReservationFastPath(app: NestFastifyApplication): { installed: () => boolean } {
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  let installed = false;
  fastify.addHook('onRoute', (route) => {
    if (route.method !== RESERVE_ROUTE.method || route.url !== RESERVE_ROUTE.url) return;
    const handler = BatchesController.prototype.reserve;
    const reflector = app.get(Reflector);
    const guard = new AuthGuard(app.get(AccessTokenVerifier), reflector, app.get(TokenVersions));
    const rule = guard.ruleOf(handler, BatchesController);
    route.handler = reservationHandler(route.handler, {
      rule,
      guard,
      controller: app.get(BatchesController),
      idempotentByKey: isIdempotentByKey(reflector, handler),
      errors: new HttpErrorFilter(),
    });
    installed = true;
  });
  return { installed: () => installed };
}

interface FastPathParts {
  rule: RouteRule;
  guard: AuthGuard;
  controller: Pick<BatchesController, 'reserve'>;
  idempotentByKey: boolean;
  errors: Pick<HttpErrorFilter, 'answer'>;
}

type Params = { id?: unknown };

/** The wrapped handler (exported for its unit test); `nest` is the handler Nest registered. */
export function reservationHandler(nest: RouteHandlerMethod, parts: FastPathParts): RouteHandlerMethod {
  const { rule, guard, controller, idempotentByKey, errors } = parts;

  async function serve(req: AuthedRequest, reply: FastifyReply, id: string, dto: object): Promise<void> {
    try {
      await guard.admit(req, rule);
    } catch (e) {
      return errors.answer(e, req, reply);
    }
    if (idempotentByKey) markIdempotentByKey(req);
    let result: unknown;
    try {
      // what @Headers('idempotency-key') gives the handler: the header as Node parsed it
      const key = req.headers['idempotency-key'] as string | undefined;
      result = await controller.reserve(id, key, dto as never, {
        caller: req.caller ?? null,
        requestId: String(req.id),
      });
    } catch (e) {
      return errors.answer(e, req, reply);
    }
    reply.code(201).send(result);
  }

  return function reserveRoute(this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
    const id = (req.params as Params)?.id;
    const dto = typeof id === 'string' && UUID.test(id) ? reserveBody(req.body) : undefined;
    if (!dto) return nest.call(this, req, reply);
    return serve(req, reply, (id as string).toLowerCase(), dto);
  } as RouteHandlerMethod;
}
