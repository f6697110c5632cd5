import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
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
import { Rpc } from '@app/messaging';
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

  @Rpc(CatalogSubjects.getProvince, GetProvinceQuery)
  getProvince({ data }: RpcEnvelope<GetProvinceQuery>) {
    return this.geography.getProvince(data.code);
  }

  @Rpc(CatalogSubjects.listDistricts, ListDistrictsQuery)
  listDistricts({ data }: RpcEnvelope<ListDistrictsQuery>) {
    return this.geography.listDistricts(data.provinceCode);
  }

  @Rpc(CatalogSubjects.listSubdistricts, ListSubdistrictsQuery)
  listSubdistricts({ data }: RpcEnvelope<ListSubdistrictsQuery>) {
    return this.geography.listSubdistricts(data.code);
  }

  @Rpc(CatalogSubjects.listLaos, ListLaosQuery)
  listLaos({ data }: RpcEnvelope<ListLaosQuery>) {
    return this.geography.listLaos(data);
  }

  @Rpc(CatalogSubjects.getLao, GetLaoQuery)
  getLao({ data }: RpcEnvelope<GetLaoQuery>) {
    return this.geography.getLao(data.code);
  }
}

/** dla_admin only: add an LAO missing from the DLA list, or correct one. */
@Controller()
export class LaoAdminController {
  constructor(private readonly laos: LaoAdminService) {}

  @Rpc(CatalogSubjects.createLao, CreateLaoCommand)
  create({ caller, data }: RpcEnvelope<CreateLaoCommand>) {
    return this.laos.create(caller, data);
  }

  @Rpc(CatalogSubjects.updateLao, UpdateLaoCommand)
  update({ caller, data }: RpcEnvelope<UpdateLaoCommand>) {
    return this.laos.update(caller, data);
  }
}
