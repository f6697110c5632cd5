import type { DynamicModule } from '@nestjs/common';
import { serviceModule } from '@app/messaging';
import { createSmsSender } from '@app/sms';
import { InboxController } from './api/inbox.controller.js';
import { InboxService } from './api/inbox.service.js';
import { CHANNELS } from './channels/channel.js';
import { EmailChannel } from './channels/email.channel.js';
import { LineChannel } from './channels/line.channel.js';
import { SmsChannel } from './channels/sms.channel.js';
import { NOTIFICATION_CONFIG } from './config.js';
import type { NotificationConfig } from './config.js';
import { Dispatcher } from './dispatch/dispatcher.service.js';
import { LaoReminders } from './dispatch/lao-reminders.js';
import { SweepsController } from './dispatch/sweeps.controller.js';
import { identityHandlers, orderHandlers, preorderHandlers } from './events/handlers.js';
import { notificationMigrations } from './migrations/index.js';
import { Notifier } from './store/notifier.js';

function channels(config: NotificationConfig) {
  return [
    new LineChannel(config.line.pushUrl, config.line.channelToken, config.httpTimeoutMs),
    new SmsChannel(createSmsSender(config.sms)),
    new EmailChannel(config.email.smtpUrl, config.email.from),
  ];
}

export function notificationModule(config: NotificationConfig): DynamicModule {
  return serviceModule({
    service: 'notification',
    config,
    configToken: NOTIFICATION_CONFIG,
    database: { migrations: notificationMigrations, poolSize: 10 },
    controllers: [InboxController, SweepsController],
    providers: [
      { provide: CHANNELS, useFactory: () => channels(config) },
      Notifier,
      InboxService,
      Dispatcher,
      LaoReminders,
    ],
    events: {
      publishes: [],
      inject: [Notifier],
      // in stream order: what is known of an order comes before the events that need it
      subscriptions: (notifier: Notifier) => [
        { domain: 'order', handlers: orderHandlers(notifier) },
        { domain: 'identity', handlers: identityHandlers() },
        { domain: 'preorder', handlers: preorderHandlers(notifier) },
      ],
    },
  });
}
