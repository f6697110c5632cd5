import {
  DeliveryLogQuery,
  FinishLineLinkCommand,
  ListNotificationsCommand,
  MarkReadCommand,
  NotificationSubjects,
  SyncContactCommand,
  UpdatePreferencesCommand,
} from '@app/contracts';
import type { Caller } from '@app/contracts';
import { DomainError, rpcController } from '@app/messaging';
import { InboxService } from './inbox.service.js';

function signedIn(caller: Caller | null): Caller {
  if (!caller) throw new DomainError('UNAUTHENTICATED', 'Sign in to read your notifications');
  return caller;
}

export const InboxController = rpcController(InboxService, (on) => [
  on(NotificationSubjects.list, ListNotificationsCommand, (inbox, caller, data) =>
    inbox.list(signedIn(caller), data.page, data.pageSize, data.contact),
  ),
  on(NotificationSubjects.markRead, MarkReadCommand, (inbox, caller, data) =>
    inbox.markRead(signedIn(caller), data.id),
  ),
  on(NotificationSubjects.getPreferences, SyncContactCommand, (inbox, caller, data) =>
    inbox.preferences(signedIn(caller), data.contact),
  ),
  on(NotificationSubjects.updatePreferences, UpdatePreferencesCommand, (inbox, caller, data) =>
    inbox.updatePreferences(signedIn(caller), data),
  ),
  on(NotificationSubjects.deliveryLog, DeliveryLogQuery, (inbox, caller, data) =>
    inbox.deliveryLog(signedIn(caller), data.userId),
  ),
  on(NotificationSubjects.startLineLink, SyncContactCommand, (inbox, caller) => inbox.startLineLink(signedIn(caller))),
  on(NotificationSubjects.finishLineLink, FinishLineLinkCommand, (inbox, caller, data) =>
    inbox.finishLineLink(signedIn(caller), data),
  ),
]);
