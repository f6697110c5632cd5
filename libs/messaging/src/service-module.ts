import { DynamicModule, InjectionToken, Module, Provider, Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthSubjects, QUEUE_GROUPS } from '@app/contracts';
import type { EventDomain, ServiceName } from '@app/contracts';
import type { NatsEndpoint } from './nats.js';
import { healthController } from './health.js';
import { EventRuntime } from './runtime.js';
import type { EventSubscription } from './runtime.js';
import { serviceDatabase } from './service-app.js';
import type { ServiceDatabaseOptions } from './service-app.js';

/** What a service's events are: the domains it publishes, and its subscriptions built from injected providers. */
export interface ServiceEvents<D extends unknown[]> {
  publishes: EventDomain[];
  /** providers the subscriptions' handlers need, handed to `subscriptions` in this order */
  inject?: { [K in keyof D]: Type<D[K]> };
  subscriptions: (...deps: D) => EventSubscription[];
}

export interface ServiceModuleOptions<D extends unknown[]> {
  service: ServiceName;
  config: { nats: NatsEndpoint; databaseUrl: string; streamReplicas: number };
  /** the token the service's config is provided under */
  configToken: InjectionToken;
  /** entities default to none (raw SQL) */
  database: Omit<ServiceDatabaseOptions, 'name' | 'url' | 'entities'> &
    Partial<Pick<ServiceDatabaseOptions, 'entities'>>;
  imports?: DynamicModule[];
  controllers: Type[];
  providers: Provider[];
  events: ServiceEvents<D>;
}

/**
 * What every service module holds besides its own controllers and providers: its database (migrated at
 * start), the `<service>.health` reply, its config as a provider and its event runtime (outbox relay and
 * consumers).
 */
export function serviceModule<D extends unknown[]>(opts: ServiceModuleOptions<D>): DynamicModule {
  const name = QUEUE_GROUPS[opts.service];
  const { publishes, inject = [], subscriptions } = opts.events;
  @Module({})
  class ServiceModule {}
  // CatalogModule, HarvestPreorderModule, …: the name Nest logs
  const className = `${opts.service[0].toUpperCase()}${opts.service.slice(1)}Module`;
  Object.defineProperty(ServiceModule, 'name', { value: className });
  return {
    module: ServiceModule,
    imports: [
      serviceDatabase({ name, url: opts.config.databaseUrl, entities: [], ...opts.database }),
      ...(opts.imports ?? []),
    ],
    controllers: [healthController(HealthSubjects[opts.service], name), ...opts.controllers],
    providers: [
      { provide: opts.configToken, useValue: opts.config },
      ...opts.providers,
      {
        provide: EventRuntime,
        inject: [DataSource, ...inject],
        useFactory: (ds: DataSource, ...deps: D) =>
          EventRuntime.forService(opts.config, ds, { service: name, publishes, subscriptions: subscriptions(...deps) }),
      },
    ],
  };
}
