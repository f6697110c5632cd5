import { ApiProperty } from '@nestjs/swagger';
import { ApiBool, ApiEnum, ApiInt, ApiString, ApiUuid } from './api-property.js';

/** Who is calling. The gateway fills it from the verified JWT; every service enforces its own rules on it. */
export const ROLES = ['consumer', 'producer', 'lao_admin', 'province_admin', 'dla_admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  userId: string;
  roles: Role[];
  /** lao_admin (and producer): the LAO it is bound to (7-digit DLA code). */
  laoCode?: string;
  /** province_admin: the province it is bound to (2-digit DOPA code). */
  provinceCode?: string;
  /** producer: the catalog producer this login acts for. */
  producerId?: string;
}

/** Every NATS request carries the caller (null for anonymous public reads) and the request id. */
export interface RpcEnvelope<T = unknown> {
  caller: Caller | null;
  requestId: string;
  data: T;
}

/** A login as the API shows it (GET /auth/me, POST /admin/users, the `user` of a sign-in). */
export class UserView {
  @ApiUuid() id: string;
  @ApiString() name: string;
  @ApiEnum(ROLES, { isArray: true }) roles: Role[];
  @ApiString({ required: false, example: '0812345678' }) phone?: string;
  @ApiBool({
    required: false,
    description:
      'with phone: false until the consumer verifies it with the code sent by SMS (until then it cannot reserve or purchase)',
  })
  phoneVerified?: boolean;
  @ApiString({ required: false, format: 'email' }) email?: string;
  @ApiString({ required: false, description: 'lao_admin and producer logins' }) laoCode?: string;
  @ApiString({ required: false, description: 'province_admin, lao_admin and producer logins' }) provinceCode?: string;
  @ApiUuid({ required: false, description: 'producer logins' }) producerId?: string;
}

/** The answer of a sign-in (POST /auth/login, POST /auth/verify-phone). */
export class SignIn {
  @ApiString('send as Authorization: Bearer <accessToken>') accessToken: string;
  @ApiInt('seconds') expiresIn: number;
  @ApiProperty({ type: () => UserView }) user: UserView;
}

/** The answer of POST /auth/register and /auth/verify-phone/resend. */
export class VerificationSentV1 {
  @ApiEnum(['sms'], 'a code was sent by SMS to the phone') verification: 'sms';
}
