import { NotificationsController } from './notifications/notifications.controller.js';
import { createSecretKey } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventRuntime, natsClientProxy, serviceDatabase } from '@app/messaging';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, GatewayConfig } from './config.js';
import { BatchesController } from './batches/batches.controller.js';
import { MyReservationsController, ReservationsController } from './batches/reservations.controller.js';
import { ContentLinksController } from './content-links/content-links.controller.js';
import { DiagnosticsController } from './diagnostics/diagnostics.controller.js';
import { HttpErrorFilter } from './errors/http-error.filter.js';
import { RetrySafetyInterceptor } from './errors/retry-safety.js';
import { GeographyController } from './geography/geography.controller.js';
import { LaoAdminController } from './geography/lao-admin.controller.js';
import { HealthController } from './health/health.controller.js';
import { AdminUsersController, AuthController } from './identity/auth.controller.js';
import { AccessTokenVerifier } from './identity/access-token.js';
import { AuthGuard } from './identity/auth.guard.js';
import { TokenVersions } from './identity/token-versions.js';
import { IdentityService } from './identity/identity.service.js';
import { LoginThrottle } from './identity/login-throttle.js';
import { PhoneVerificationService } from './identity/phone-verification.service.js';
import { RegistrationController } from './identity/registration.controller.js';
import { SmsThrottle } from './identity/sms-throttle.js';
import { createSmsSender, SMS_SENDER } from '@app/sms';
import { User } from './identity/user.entity.js';
import { gatewayMigrations } from './migrations/index.js';
import { PhotosController } from './media/photos.controller.js';
import { OrdersController } from './orders/orders.controller.js';
import { PersonalDataController } from './personal-data/personal-data.controller.js';
import { PersonalDataService } from './personal-data/personal-data.service.js';
import { ProducerOnboardingService } from './producers/producer-onboarding.service.js';
import { ProducersController } from './producers/producers.controller.js';
import { MembershipController } from './producers/membership.controller.js';
import { ProductsController } from './products/products.controller.js';
import { ReportsController } from './reports/reports.controller.js';
import { LiveSaleController } from './batches/live-sale.controller.js';
import { LiveSaleHub } from './batches/live-sale.hub.js';
import { SlipsController } from './slips/slips.controller.js';
import { NATS_CLIENT, ServiceClient } from './rpc/service-client.js';
import { ReservationGrouper } from './batches/reservation-grouper.js';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    const accessTokenKey = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    return {
      module: GatewayModule,
      imports: [
        serviceDatabase({ name: 'gateway', url: config.databaseUrl, entities: [User], migrations: gatewayMigrations }),
        TypeOrmModule.forFeature([User]),
        // A KeyObject, not the string: jsonwebtoken otherwise tries createPublicKey(secret) on every call, fails,
        // and falls back to createSecretKey. Same key bytes, so tokens are unchanged. It signs; AccessTokenVerifier
        // verifies (the auth guard, on every request).
        JwtModule.register({ secret: accessTokenKey }),
      ],
      controllers: [
        HealthController,
        NotificationsController,
        AuthController,
        RegistrationController,
        AdminUsersController,
        GeographyController,
        LaoAdminController,
        ProducersController,
        MembershipController,
        ProductsController,
        PhotosController,
        ContentLinksController,
        BatchesController,
        ReservationsController,
        LiveSaleController,
        MyReservationsController,
        OrdersController,
        SlipsController,
        ReportsController,
        DiagnosticsController,
        PersonalDataController,
      ],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        {
          provide: NATS_CLIENT,
          useFactory: () => natsClientProxy(config.nats),
        },
        ServiceClient,
        LiveSaleHub,
        ReservationGrouper,
        LoginThrottle,
        TokenVersions,
        { provide: AccessTokenVerifier, useValue: new AccessTokenVerifier(accessTokenKey) },
        IdentityService,
        SmsThrottle,
        PhoneVerificationService,
        { provide: SMS_SENDER, useFactory: () => createSmsSender(config.sms) },
        ProducerOnboardingService,
        PersonalDataService,
        {
          // the gateway's outbox relay: identity events (a consumer erased, an account's contact or role); it consumes nothing
          provide: EventRuntime,
          inject: [DataSource],
          useFactory: (ds: DataSource) =>
            EventRuntime.forService(config, ds, { service: 'gateway', publishes: ['identity'], subscriptions: [] }),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: RetrySafetyInterceptor },
      ],
    };
  }
}
