import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { NotificationSubjects, RunNotificationSweepsCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { DomainError, EnvelopePipe } from '@app/messaging';
import { NOTIFICATION_CONFIG } from '../config.js';
import type { NotificationConfig } from '../config.js';
import { Dispatcher } from './dispatcher.service.js';

/** Internal: run the sweeps now. Another "now" is honoured only where the config allows it (tests). */
@Controller()
export class SweepsController {
  constructor(
    private readonly dispatcher: Dispatcher,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  @MessagePattern(NotificationSubjects.runSweeps)
  run(
    @Payload(new EnvelopePipe(RunNotificationSweepsCommand))
    { caller, data }: RpcEnvelope<RunNotificationSweepsCommand>,
  ) {
    if (caller) throw DomainError.forbidden('Sweeps are run by the service itself');
    if (data.asOf && !this.config.allowClockOverride)
      throw DomainError.validation('asOf', 'is only accepted with NOTIFICATION_ALLOW_CLOCK_OVERRIDE');
    return this.dispatcher.sweep(data.asOf ? new Date(data.asOf) : new Date());
  }
}
