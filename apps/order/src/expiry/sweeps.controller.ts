import { Controller, Inject } from '@nestjs/common';
import { OrderSubjects, RunSweepsCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { DomainError, Rpc } from '@app/messaging';
import { ORDER_CONFIG } from '../config.js';
import type { OrderConfig } from '../config.js';
import { SweeperService } from './sweeper.service.js';

/** Internal: run the sweeps now. Another "now" is honoured only where the config allows it (tests). */
@Controller()
export class SweepsController {
  constructor(
    private readonly sweeper: SweeperService,
    @Inject(ORDER_CONFIG) private readonly config: OrderConfig,
  ) {}

  @Rpc(OrderSubjects.runSweeps, RunSweepsCommand)
  run({ caller, data }: RpcEnvelope<RunSweepsCommand>) {
    if (caller) throw DomainError.forbidden('Sweeps are run by the service itself');
    if (data.asOf && !this.config.allowClockOverride)
      throw DomainError.validation('asOf', 'is only accepted with ORDER_ALLOW_CLOCK_OVERRIDE');
    return this.sweeper.sweep(data.asOf ? new Date(data.asOf) : new Date());
  }
}
