import { defineMigration } from '@app/persistence';

/**
 * A version number for the place tables (provinces, districts, LAOs), moved by a statement trigger on any
 * change, so a replica may keep the 7,849 LAOs with their names in memory and check one row per report
 * instead of reading and parsing them each time (~40-70 ms of a nationwide LAO-level summary).
 */
export const ReferenceVersion1764700000001 = defineMigration('ReferenceVersion1764700000001', {
  async up(qr) {
    // Numbers from a sequence are never handed out twice, even by a transaction that rolls back: a cache can
    // never hold rolled-back places under a number a later change takes.
    await qr.query(`CREATE SEQUENCE reference_version_seq`);
    await qr.query(
      `CREATE TABLE reference_version (one boolean PRIMARY KEY DEFAULT true CHECK (one), version bigint NOT NULL)`,
    );
    await qr.query(`INSERT INTO reference_version (version) VALUES (nextval('reference_version_seq'))`);
    await qr.query(`
      CREATE FUNCTION bump_reference_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE reference_version SET version = nextval('reference_version_seq');
        RETURN NULL;
      END $$`);
    for (const table of ['provinces', 'districts', 'laos']) {
      await qr.query(
        `CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_version()`,
      );
    }
  },

  async down(qr) {
    for (const table of ['provinces', 'districts', 'laos']) await qr.query(`DROP TRIGGER ${table}_changed ON ${table}`);
    await qr.query(`DROP FUNCTION bump_reference_version()`);
    await qr.query(`DROP TABLE reference_version`);
    await qr.query(`DROP SEQUENCE reference_version_seq`);
  },
});
