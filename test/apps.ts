// The apps, handed to the whole-system test harness (libs/testing's TestSystem): a library never imports an
// app, so this top-level folder does, and jest.config.js runs this file before every suite (setupFiles).
// Each app loads on first use, so a unit suite that starts no system imports none.
import { registerApps } from '@app/testing';

registerApps({
  gateway: async () => {
    const [{ createGatewayApp }, { loadGatewayConfig }, { gatewayMigrations }] = await Promise.all([
      import('../apps/gateway/src/gateway.app.js'),
      import('../apps/gateway/src/config.js'),
      import('../apps/gateway/src/migrations/index.js'),
    ]);
    return {
      start: async (env) => {
        const g = await createGatewayApp(loadGatewayConfig(env));
        return { close: () => g.app.close(), url: g.url };
      },
      migrations: gatewayMigrations,
      migrationsFile: 'apps/gateway/src/migrations/index.ts',
    };
  },
  catalog: async () => {
    const [{ createCatalogApp }, { loadCatalogConfig }, { catalogMigrations }] = await Promise.all([
      import('../apps/catalog/src/catalog.app.js'),
      import('../apps/catalog/src/config.js'),
      import('../apps/catalog/src/migrations/index.js'),
    ]);
    return {
      start: (env) => createCatalogApp(loadCatalogConfig(env)),
      migrations: catalogMigrations,
      migrationsFile: 'apps/catalog/src/migrations/index.ts',
    };
  },
  'harvest-preorder': async () => {
    const [{ createHarvestPreorderApp }, { loadHarvestPreorderConfig }, { harvestPreorderMigrations }] =
      await Promise.all([
        import('../apps/harvest-preorder/src/harvest-preorder.app.js'),
        import('../apps/harvest-preorder/src/config.js'),
        import('../apps/harvest-preorder/src/migrations/index.js'),
      ]);
    return {
      start: (env) => createHarvestPreorderApp(loadHarvestPreorderConfig(env)),
      migrations: harvestPreorderMigrations,
      migrationsFile: 'apps/harvest-preorder/src/migrations/index.ts',
    };
  },
  order: async () => {
    const [{ createOrderApp }, { loadOrderConfig }, { orderMigrations }] = await Promise.all([
      import('../apps/order/src/order.app.js'),
      import('../apps/order/src/config.js'),
      import('../apps/order/src/migrations/index.js'),
    ]);
    return {
      start: (env) => createOrderApp(loadOrderConfig(env)),
      migrations: orderMigrations,
      migrationsFile: 'apps/order/src/migrations/index.ts',
    };
  },
  reporting: async () => {
    const [{ createReportingApp }, { loadReportingConfig }, { reportingMigrations }] = await Promise.all([
      import('../apps/reporting/src/reporting.app.js'),
      import('../apps/reporting/src/config.js'),
      import('../apps/reporting/src/migrations/index.js'),
    ]);
    return {
      start: (env) => createReportingApp(loadReportingConfig(env)),
      migrations: reportingMigrations,
      migrationsFile: 'apps/reporting/src/migrations/index.ts',
    };
  },
  notification: async () => {
    const [{ createNotificationApp }, { loadNotificationConfig }, { notificationMigrations }] = await Promise.all([
      import('../apps/notification/src/notification.app.js'),
      import('../apps/notification/src/config.js'),
      import('../apps/notification/src/migrations/index.js'),
    ]);
    return {
      start: (env) => createNotificationApp(loadNotificationConfig(env)),
      migrations: notificationMigrations,
      migrationsFile: 'apps/notification/src/migrations/index.ts',
    };
  },
});
