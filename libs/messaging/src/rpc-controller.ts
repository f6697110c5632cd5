import { Controller, Inject, Type } from '@nestjs/common';
import type { Caller, RpcEnvelope } from '@app/contracts';
import { Rpc } from './rpc.js';

/** One subject a service answers: its DTO and what the service does with the validated request. */
export interface RpcRoute<S> {
  subject: string;
  dto?: new () => object;
  handle: (service: S, caller: Caller | null, data: never, requestId: string) => unknown;
}

/** Declares one route: `subject`, its data validated against `dto`, answered by `handle`. */
export type RpcRouteOf<S> = <T extends object>(
  subject: string,
  dto: (new () => T) | undefined,
  handle: (service: S, caller: Caller | null, data: T, requestId: string) => unknown,
) => RpcRoute<S>;

/**
 * A thin controller as one table: each row names a subject, its DTO and the call to `service` that answers
 * it. Every row is an `@Rpc(subject, dto)` handler (EnvelopePipe validation, the global error mapping and
 * request logging), handed the caller, the validated data and the request id.
 *
 *   export const MediaController = rpcController(ProductPhotosService, (on) => [
 *     on(CatalogSubjects.getMedia, GetMediaQuery, (photos, caller, data) => photos.file(data)),
 *   ]);
 */
export function rpcController<S>(service: Type<S>, routes: (on: RpcRouteOf<S>) => RpcRoute<S>[]): Type<unknown> {
  @Controller()
  class RpcTableController {
    constructor(@Inject(service) readonly instance: S) {}
  }
  Object.defineProperty(RpcTableController, 'name', { value: `${service.name}Rpc` });
  const on: RpcRouteOf<S> = (subject, dto, handle) => ({ subject, dto, handle: handle as RpcRoute<S>['handle'] });
  for (const route of routes(on)) {
    const answer = function (this: RpcTableController, { caller, data, requestId }: RpcEnvelope<never>) {
      return route.handle(this.instance, caller, data, requestId);
    };
    const descriptor = { value: answer, writable: true, configurable: true, enumerable: false };
    Object.defineProperty(RpcTableController.prototype, route.subject, descriptor);
    Rpc(route.subject, route.dto)(RpcTableController.prototype, route.subject, descriptor);
  }
  return RpcTableController;
}
