// The apps, handed to the whole-system test harness (libs/testing's TestSystem): a library never imports an
// app, so this top-level folder does, and jest.config.js runs this file before every suite (setupFiles).
// Each app loads on first use, so a unit suite that starts no system imports none. Imports run one after
// another (jest's ESM loader fails — "request for 'node:fs' is not in cache" — when imports of a shared
// module graph race).
import type { Env } from '@app/config';
import { registerApps } from '@app/testing';
import type { AppFactory, RunningApp } from '@app/testing';

/** An app's factory: started by its own create…App, its migrations listed in apps/<app>/src/migrations/index.ts. */
const factory = (app: string, start: (env: Env) => Promise<RunningApp>, migrations: AppFactory['migrations']) => ({
  start,
  migrations,
  migrationsFile: `apps/${app}/src/migrations/index.ts`,
});

registerApps({
  gateway: async () => {
    const { createGatewayApp } = await import('../apps/gateway/src/gateway.app.js');
    const { loadGatewayConfig } = await import('../apps/gateway/src/config.js');
    const { gatewayMigrations } = await import('../apps/gateway/src/migrations/index.js');
    const start = async (env: Env) => {
      const g = await createGatewayApp(loadGatewayConfig(env));
      return { close: () => g.app.close(), url: g.url };
    };
    return factory('gateway', start, gatewayMigrations);
  },
  catalog: async () => {
    const { createCatalogApp } = await import('../apps/catalog/src/catalog.app.js');
    const { loadCatalogConfig } = await import('../apps/catalog/src/config.js');
    const { catalogMigrations } = await import('../apps/catalog/src/migrations/index.js');
    return factory('catalog', (env) => createCatalogApp(loadCatalogConfig(env)), catalogMigrations);
  },
  'harvest-preorder': async () => {
    const { createHarvestPreorderApp } = await import('../apps/harvest-preorder/src/harvest-preorder.app.js');
    const { loadHarvestPreorderConfig } = await import('../apps/harvest-preorder/src/config.js');
    const { harvestPreorderMigrations } = await import('../apps/harvest-preorder/src/migrations/index.js');
    return factory(
      'harvest-preorder',
      (env) => createHarvestPreorderApp(loadHarvestPreorderConfig(env)),
      harvestPreorderMigrations,
    );
  },
  order: async () => {
    const { createOrderApp } = await import('../apps/order/src/order.app.js');
    const { loadOrderConfig } = await import('../apps/order/src/config.js');
    const { orderMigrations } = await import('../apps/order/src/migrations/index.js');
    return factory('order', (env) => createOrderApp(loadOrderConfig(env)), orderMigrations);
  },
  reporting: async () => {
    const { createReportingApp } = await import('../apps/reporting/src/reporting.app.js');
    const { loadReportingConfig } = await import('../apps/reporting/src/config.js');
    const { reportingMigrations } = await import('../apps/reporting/src/migrations/index.js');
    return factory('reporting', (env) => createReportingApp(loadReportingConfig(env)), reportingMigrations);
  },
  notification: async () => {
    const { createNotificationApp } = await import('../apps/notification/src/notification.app.js');
    const { loadNotificationConfig } = await import('../apps/notification/src/config.js');
    const { notificationMigrations } = await import('../apps/notification/src/migrations/index.js');
    return factory('notification', (env) => createNotificationApp(loadNotificationConfig(env)), notificationMigrations);
  },
});
