import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogSubjects, IdQuery, ListProducersQuery, RegisterProducerCommand, UpdateProducerCommand } from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { ProducersService } from './producers.service.js';

@Controller()
export class ProducersController {
  constructor(private readonly producers: ProducersService) {}

  @MessagePattern(CatalogSubjects.registerProducer)
  register(@Payload(new EnvelopePipe(RegisterProducerCommand)) { caller, data }: RpcEnvelope<RegisterProducerCommand>) {
    return this.producers.register(caller, data);
  }

  @MessagePattern(CatalogSubjects.updateProducer)
  update(@Payload(new EnvelopePipe(UpdateProducerCommand)) { caller, data }: RpcEnvelope<UpdateProducerCommand>) {
    return this.producers.update(caller, data);
  }

  @MessagePattern(CatalogSubjects.withdrawProducer)
  async withdraw(@Payload(new EnvelopePipe(IdQuery)) { caller, data }: RpcEnvelope<IdQuery>) {
    await this.producers.withdraw(caller, data.id);
    return { withdrawn: data.id };
  }

  @MessagePattern(CatalogSubjects.getProducer)
  get(@Payload(new EnvelopePipe(IdQuery)) { caller, data }: RpcEnvelope<IdQuery>) {
    return this.producers.get(caller, data.id);
  }

  @MessagePattern(CatalogSubjects.listProducers)
  list(@Payload(new EnvelopePipe(ListProducersQuery)) { caller, data }: RpcEnvelope<ListProducersQuery>) {
    return this.producers.list(caller, data);
  }
}
