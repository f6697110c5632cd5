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
import { rpcController } from '@app/messaging';
import { GeographyService } from './geography.service.js';
import { LaoAdminService } from './lao-admin.service.js';

/** Public reads: anyone arriving from a post may browse the geography. */
export const GeographyController = rpcController(GeographyService, (on) => [
  on(CatalogSubjects.listProvinces, undefined, (geography) => geography.listProvinces()),
  on(CatalogSubjects.getProvince, GetProvinceQuery, (geography, caller, data) => geography.getProvince(data.code)),
  on(CatalogSubjects.listDistricts, ListDistrictsQuery, (geography, caller, data) =>
    geography.listDistricts(data.provinceCode),
  ),
  on(CatalogSubjects.listSubdistricts, ListSubdistrictsQuery, (geography, caller, data) =>
    geography.listSubdistricts(data.code),
  ),
  on(CatalogSubjects.listLaos, ListLaosQuery, (geography, caller, data) => geography.listLaos(data)),
  on(CatalogSubjects.getLao, GetLaoQuery, (geography, caller, data) => geography.getLao(data.code)),
]);

/** dla_admin only: add an LAO missing from the DLA list, or correct one. */
export const LaoAdminController = rpcController(LaoAdminService, (on) => [
  on(CatalogSubjects.createLao, CreateLaoCommand, (laos, caller, data) => laos.create(caller, data)),
  on(CatalogSubjects.updateLao, UpdateLaoCommand, (laos, caller, data) => laos.update(caller, data)),
]);
