import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ErasedV1, PersonalDataV1 } from '@app/contracts';
import { Act, Read } from '../http/endpoint.js';
import { Ctx } from '../identity/auth.guard.js';
import type { RequestContext } from '../rpc/service-client.js';
import { EraseMeDto } from './personal-data.dto.js';
import { PersonalDataService } from './personal-data.service.js';

/** PDPA: a consumer downloads what the system holds about them, or erases it (personal-data.service.ts). */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Read('personal-data', {
    summary:
      'Download my personal data: account, orders (with addresses and bank-slip metadata), reservations and reviews, as JSON',
    type: PersonalDataV1,
  })
  export(@Ctx() ctx: RequestContext) {
    return this.personalData.export(ctx);
  }

  @Act('erase', {
    summary:
      'Erase my account (consumers; confirm with the password — wrong → 401 naming password). Name, phone, e-mail and password are removed at once and every token ends; addresses, slip images and review texts are removed by each service (event identity.consumer_erased). Orders keep their figures; reports are unchanged',
    type: ErasedV1,
  })
  erase(@Body() body: EraseMeDto, @Ctx() ctx: RequestContext) {
    return this.personalData.erase(ctx, body.password);
  }
}
