import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a migration class is to TypeORM: constructed with no argument, giving its name and its two steps. */
export type MigrationClass = new () => MigrationInterface;

/**
 * A migration from its name and its two steps. TypeORM reads the name (`<Title><13-digit timestamp>`, the
 * timestamp orders it and the name is what the `migrations` table records) from the instance, so a migration
 * made here runs and is recorded exactly as a hand-written `class … implements MigrationInterface` would be.
 */
export function defineMigration(
  name: string,
  steps: { up(qr: QueryRunner): Promise<void>; down(qr: QueryRunner): Promise<void> },
): MigrationClass {
  if (!/^[A-Za-z]+\d{13}$/.test(name)) throw new Error(`migration ${name}: the name is <Title><13-digit timestamp>`);
  return class implements MigrationInterface {
    name = name;
    up = steps.up;
    down = steps.down;
  };
}
