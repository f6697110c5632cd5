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
