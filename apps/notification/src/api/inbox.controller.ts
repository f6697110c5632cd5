import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DeliveryLogQuery,
  FinishLineLinkCommand,
  ListNotificationsCommand,
  MarkReadCommand,
  NotificationSubjects,
  SyncContactCommand,
  UpdatePreferencesCommand,
} from '@app/contracts';
import type { Caller, RpcEnvelope } from '@app/contracts';
import { DomainError, EnvelopePipe } from '@app/messaging';
import { InboxService } from './inbox.service.js';

function signedIn(caller: Caller | null): Caller {
  if (!caller) throw new DomainError('UNAUTHENTICATED', 'Sign in to read your notifications');
  return caller;
}

@Controller()
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @MessagePattern(NotificationSubjects.list)
  list(@Payload(new EnvelopePipe(ListNotificationsCommand)) { caller, data }: RpcEnvelope<ListNotificationsCommand>) {
    return this.inbox.list(signedIn(caller), data.page, data.pageSize, data.contact);
  }

  @MessagePattern(NotificationSubjects.markRead)
  markRead(@Payload(new EnvelopePipe(MarkReadCommand)) { caller, data }: RpcEnvelope<MarkReadCommand>) {
    return this.inbox.markRead(signedIn(caller), data.id);
  }

  @MessagePattern(NotificationSubjects.getPreferences)
  preferences(@Payload(new EnvelopePipe(SyncContactCommand)) { caller, data }: RpcEnvelope<SyncContactCommand>) {
    return this.inbox.preferences(signedIn(caller), data.contact);
  }

  @MessagePattern(NotificationSubjects.updatePreferences)
  update(@Payload(new EnvelopePipe(UpdatePreferencesCommand)) { caller, data }: RpcEnvelope<UpdatePreferencesCommand>) {
    return this.inbox.updatePreferences(signedIn(caller), data);
  }

  @MessagePattern(NotificationSubjects.deliveryLog)
  deliveryLog(@Payload(new EnvelopePipe(DeliveryLogQuery)) { caller, data }: RpcEnvelope<DeliveryLogQuery>) {
    return this.inbox.deliveryLog(signedIn(caller), data.userId);
  }

  @MessagePattern(NotificationSubjects.startLineLink)
  startLine(@Payload(new EnvelopePipe(SyncContactCommand)) { caller }: RpcEnvelope<SyncContactCommand>) {
    return this.inbox.startLineLink(signedIn(caller));
  }

  @MessagePattern(NotificationSubjects.finishLineLink)
  finishLine(@Payload(new EnvelopePipe(FinishLineLinkCommand)) { caller, data }: RpcEnvelope<FinishLineLinkCommand>) {
    return this.inbox.finishLineLink(signedIn(caller), data);
  }
}
