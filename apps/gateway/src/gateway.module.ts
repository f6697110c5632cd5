import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { TypeOrmModule } from '@nestjs/typeorm';
import { natsServers, serviceDatabase } from '@app/messaging';
import { GATEWAY_CONFIG, GatewayConfig } from './config.js';
import { DiagnosticsController } from './diagnostics/diagnostics.controller.js';
import { HttpErrorFilter } from './errors/http-error.filter.js';
import { GeographyController } from './geography/geography.controller.js';
import { HealthController } from './health/health.controller.js';
import { AdminUsersController, AuthController } from './identity/auth.controller.js';
import { AuthGuard } from './identity/auth.guard.js';
import { IdentityService } from './identity/identity.service.js';
import { LoginThrottle } from './identity/login-throttle.js';
import { User } from './identity/user.entity.js';
import { gatewayMigrations } from './migrations/index.js';
import { ReportsController } from './reports/reports.controller.js';
import { NATS_CLIENT, ServiceClient } from './rpc/service-client.js';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        serviceDatabase({ name: 'gateway', url: config.databaseUrl, entities: [User], migrations: gatewayMigrations }),
        TypeOrmModule.forFeature([User]),
        JwtModule.register({ secret: config.jwtSecret }),
      ],
      controllers: [HealthController, AuthController, AdminUsersController, GeographyController, DiagnosticsController, ReportsController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        {
          provide: NATS_CLIENT,
          useFactory: () => ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: natsServers(config.natsUrl) } }),
        },
        ServiceClient,
        LoginThrottle,
        IdentityService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
