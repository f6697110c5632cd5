import { DynamicModule, INestMicroservice, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions } from '@nestjs/microservices';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource, DataSourceOptions, MigrationInterface } from 'typeorm';
import { openServiceDataSource } from '@app/persistence';
import { natsMicroserviceOptions } from './nats.js';
import type { NatsEndpoint } from './nats.js';
import { DomainErrorRpcFilter, RpcLoggingInterceptor } from './rpc.js';

export interface ServiceAppOptions {
  nats: NatsEndpoint;
  queue: string;
  logger: LoggerService;
}

/** Starts a NATS microservice with the domain-error mapping and request-id logging every service uses. */
export async function startServiceApp(module: DynamicModule, opts: ServiceAppOptions): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(module, {
    ...natsMicroserviceOptions(opts.nats, opts.queue),
    logger: opts.logger,
  });
  app.useGlobalFilters(new DomainErrorRpcFilter());
  app.useGlobalInterceptors(new RpcLoggingInterceptor());
  await app.listen();
  // listen() resolves once SUB is queued, not once the server has it: flush, so that a request sent right
  // after start (a restarted replica, a test) finds its subscription instead of "no responders".
  await (app as unknown as { unwrap<T>(): T }).unwrap<{ flush(): Promise<void> }>().flush();
  return app;
}

export interface ServiceDatabaseOptions {
  name: string;
  url: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: Array<new () => MigrationInterface>;
  poolSize?: number;
  /** runs once the schema is migrated (reference data and the like) */
  afterMigrate?: (ds: DataSource) => Promise<unknown>;
}

/** The service's own database: created if missing, migrated under a lock, never synchronized. */
export function serviceDatabase(opts: ServiceDatabaseOptions): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => ({ type: 'postgres' as const, url: opts.url, entities: opts.entities, synchronize: false }),
    dataSourceFactory: async () => {
      const ds = await openServiceDataSource(opts);
      await opts.afterMigrate?.(ds);
      return ds;
    },
  });
}
