import { randomUUID } from 'node:crypto';
import type { JwtService } from '@nestjs/jwt';
import type pg from 'pg';

export interface MintedCaller {
  name: string;
  roles: string[];
  laoCode?: string;
  producerId?: string;
}

/**
 * Access tokens signed with the bench's JWT_SECRET for made-up users (no 2,000 argon2 registrations). The
 * gateway refuses a token naming no user, so each user is written to the gateway's database first.
 */
export async function mintTokens(jwt: JwtService, gatewayDb: pg.Pool, callers: MintedCaller[]): Promise<string[]> {
  const users = callers.map((c) => ({
    id: randomUUID(),
    role: c.roles[0],
    lao: c.laoCode ?? null,
    producer: c.producerId ?? null,
    name: c.name,
  }));
  await gatewayDb.query(
    `INSERT INTO users (id, name, email, password_hash, role, lao_code, producer_id)
     SELECT u.id, u.name, u.id || '@minted.bench', '!', u.role, u.lao, u.producer
       FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, name text, role text, lao text, producer uuid)`,
    [JSON.stringify(users)],
  );
  return callers.map((c, i) => {
    const claims: Record<string, unknown> = { sub: users[i].id, name: c.name, roles: c.roles };
    if (c.laoCode) claims.laoCode = c.laoCode;
    if (c.producerId) claims.producerId = c.producerId;
    return jwt.sign(claims);
  });
}
