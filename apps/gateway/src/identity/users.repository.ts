import type { EntityManager } from 'typeorm';
import type { Role } from '@app/contracts';
import { returning } from '@app/persistence';

/** The consumer registration a phone asks for (register): created, or replacing an unverified one. */
export interface PendingConsumer {
  id: string;
  name: string;
  phone: string;
  email: string | null;
  passwordHash: string;
}

/** What the personal-data download says of the login itself. */
export interface AccountRow {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  role: Role;
  created_at: Date;
}

interface IdRow {
  id: string;
}

/** node-postgres's Pool, as far as a named statement needs it. */
interface NamedQueryPool {
  query(q: {
    name: string;
    text: string;
    values: unknown[];
  }): Promise<{ rows: Array<{ id: string; token_version: number }> }>;
}

const TOKEN_VERSIONS_SQL = `SELECT u.id, u.token_version FROM unnest($1::uuid[]) AS x(id) JOIN users u ON u.id = x.id`;

/**
 * The statements on users that TypeORM's Repository<User> does not write for us: the conditional updates
 * and upserts that decide a race in one statement, the token version, erasure. `db` is the caller's
 * transaction (an EntityManager) or `dataSource.manager` outside one.
 */
export const UsersRepository = {
  /**
   * The token version of each user named that exists (one indexed read for the whole batch). Outside a
   * transaction it runs as a named statement on the driver's pool, parsed and planned once per connection
   * and without TypeORM's query runner: TokenVersions reads a live sale's new callers by the hundred, and the
   * text protocol's parse and plan of each read were a third of the gateway database's CPU for them. (A named
   * statement needs a session per connection: behind a pooler in transaction mode it would have to go, as
   * libs/persistence/src/prepared.ts says.)
   */
  async tokenVersions(db: EntityManager, ids: string[]): Promise<Map<string, number>> {
    const pool = db.queryRunner ? undefined : (db.connection.driver as { master?: NamedQueryPool }).master;
    const rows: Array<{ id: string; token_version: number }> =
      typeof pool?.query === 'function'
        ? (await pool.query({ name: 'gateway_token_versions', text: TOKEN_VERSIONS_SQL, values: [ids] })).rows
        : await db.query(TOKEN_VERSIONS_SQL, [ids]);
    return new Map(rows.map((r) => [r.id, r.token_version]));
  },

  /** Raises the user's token version (every token issued so far is revoked); false when there is no such user. */
  async raiseTokenVersion(db: EntityManager, id: string): Promise<boolean> {
    const [{ n }]: Array<{ n: number }> = await db.query(
      `WITH u AS (UPDATE users SET token_version = token_version + 1 WHERE id = $1 RETURNING 1) SELECT count(*)::int AS n FROM u`,
      [id],
    );
    return n > 0;
  },

  /** The verified consumer login of the phone becomes the producer's login; its id, or null when there is none. */
  async makeProducer(em: EntityManager, phone: string, producerId: string, laoCode: string): Promise<string | null> {
    const rows = await returning<IdRow>(
      em,
      `UPDATE users SET role = 'producer', producer_id = $2, lao_code = $3, province_code = $4
        WHERE phone = $1 AND phone_verified_at IS NOT NULL AND role = 'consumer' AND producer_id IS NULL RETURNING id`,
      [phone, producerId, laoCode, laoCode.slice(1, 3)],
    );
    return rows[0]?.id ?? null;
  },

  /** Marks the phone's unverified registration verified; its id, or null when there was none. */
  async verifyPhone(em: EntityManager, phone: string): Promise<string | null> {
    const rows = await returning<IdRow>(
      em,
      `UPDATE users SET phone_verified_at = now() WHERE phone = $1 AND phone_verified_at IS NULL RETURNING id`,
      [phone],
    );
    return rows[0]?.id ?? null;
  },

  /** Deletes the phone's unverified registration; the ids deleted. */
  async dropUnverified(db: EntityManager, phone: string): Promise<string[]> {
    const rows = await returning<IdRow>(
      db,
      `DELETE FROM users WHERE phone = $1 AND phone_verified_at IS NULL RETURNING id`,
      [phone],
    );
    return rows.map((r) => r.id);
  },

  /**
   * Creates the consumer registration of the phone, or replaces it while it is unverified (name, e-mail,
   * password); its id, or null when the phone belongs to a verified or staff-made login meanwhile.
   */
  async upsertPendingConsumer(db: EntityManager, p: PendingConsumer): Promise<string | null> {
    const rows: IdRow[] = await db.query(
      `INSERT INTO users (id, name, phone, email, password_hash, role) VALUES ($1, $2, $3, $4, $5, 'consumer')
       ON CONFLICT (phone) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, password_hash = EXCLUDED.password_hash
         WHERE users.phone_verified_at IS NULL AND users.role = 'consumer'
       RETURNING id`,
      [p.id, p.name, p.phone, p.email, p.passwordHash],
    );
    return rows[0]?.id ?? null;
  },

  /** The login as the personal-data download shows it; null once erased. */
  async account(db: EntityManager, id: string): Promise<AccountRow | null> {
    const [row]: AccountRow[] = await db.query(
      `SELECT id, name, phone, email, role, created_at FROM users WHERE id = $1 AND erased_at IS NULL`,
      [id],
    );
    return row ?? null;
  },

  /** The password hash of a login not erased, the row locked for the caller's transaction (erasure). */
  async lockPasswordHash(em: EntityManager, id: string): Promise<string | null> {
    const [row]: Array<{ password_hash: string }> = await em.query(
      `SELECT password_hash FROM users WHERE id = $1 AND erased_at IS NULL FOR UPDATE`,
      [id],
    );
    return row?.password_hash ?? null;
  },

  /** The row stays (orders name its id), anonymised: no password can match '!' and every token ends. */
  async anonymise(em: EntityManager, id: string, name: string, erasedAt: Date): Promise<void> {
    await em.query(
      `UPDATE users SET name = $2, phone = NULL, email = 'erased-' || id || '@erased.invalid', password_hash = '!',
                        token_version = token_version + 1, erased_at = $3
        WHERE id = $1`,
      [id, name, erasedAt],
    );
  },
};
