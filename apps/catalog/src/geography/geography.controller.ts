import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CatalogSubjects,
  CreateLaoCommand,
  GetLaoQuery,
  GetProvinceQuery,
  ListDistrictsQuery,
  ListLaosQuery,
  ListSubdistrictsQuery,
  UpdateLaoCommand,
} from '@app/contracts';
import type { RpcEnvelope } from '@app/contracts';
import { EnvelopePipe } from '@app/messaging';
import { GeographyService } from './geography.service.js';
import { LaoAdminService } from './lao-admin.service.js';

/** Public reads: anyone arriving from a post may browse the geography. */
@Controller()
export class GeographyController {
  constructor(private readonly geography: GeographyService) {}

  @MessagePattern(CatalogSubjects.listProvinces)
  listProvinces() {
    return this.geography.listProvinces();
  }

  @MessagePattern(CatalogSubjects.getProvince)
  getProvince(@Payload(new EnvelopePipe(GetProvinceQuery)) { data }: RpcEnvelope<GetProvinceQuery>) {
    return this.geography.getProvince(data.code);
  }

  @MessagePattern(CatalogSubjects.listDistricts)
  listDistricts(@Payload(new EnvelopePipe(ListDistrictsQuery)) { data }: RpcEnvelope<ListDistrictsQuery>) {
    return this.geography.listDistricts(data.provinceCode);
  }

  @MessagePattern(CatalogSubjects.listSubdistricts)
  listSubdistricts(@Payload(new EnvelopePipe(ListSubdistrictsQuery)) { data }: RpcEnvelope<ListSubdistrictsQuery>) {
    return this.geography.listSubdistricts(data.code);
  }

  @MessagePattern(CatalogSubjects.listLaos)
  listLaos(@Payload(new EnvelopePipe(ListLaosQuery)) { data }: RpcEnvelope<ListLaosQuery>) {
    return this.geography.listLaos(data);
  }

  @MessagePattern(CatalogSubjects.getLao)
  getLao(@Payload(new EnvelopePipe(GetLaoQuery)) { data }: RpcEnvelope<GetLaoQuery>) {
    return this.geography.getLao(data.code);
  }
}

/** dla_admin only: add an LAO missing from the DLA list, or correct one. */
@Controller()
export class LaoAdminController {
  constructor(private readonly laos: LaoAdminService) {}

  @MessagePattern(CatalogSubjects.createLao)
  create(@Payload(new EnvelopePipe(CreateLaoCommand)) { caller, data }: RpcEnvelope<CreateLaoCommand>) {
    return this.laos.create(caller, data);
  }

  @MessagePattern(CatalogSubjects.updateLao)
  update(@Payload(new EnvelopePipe(UpdateLaoCommand)) { caller, data }: RpcEnvelope<UpdateLaoCommand>) {
    return this.laos.update(caller, data);
  }
}
