import { INestMicroservice } from '@nestjs/common';
import { QUEUE_GROUPS } from '@app/contracts';
import { makeLogger } from '@app/config';
import { startServiceApp } from '@app/messaging';
import { NotificationConfig } from './config.js';
import { notificationModule } from './notification.module.js';

export function createNotificationApp(config: NotificationConfig): Promise<INestMicroservice> {
  return startServiceApp(notificationModule(config), {
    nats: config.nats,
    queue: QUEUE_GROUPS.notification,
    logger: makeLogger('notification', config),
  });
}
