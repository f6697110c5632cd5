import { defineMigration } from '@app/persistence';
import { createOutboxAndInbox, dropOutboxAndInbox } from '@app/messaging';

export const Geography1764200000000 = defineMigration('Geography1764200000000', {
  async up(qr) {
    await createOutboxAndInbox(qr);
    await qr.query(
      `CREATE TABLE provinces (code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'), name_th text NOT NULL, name_en text NOT NULL)`,
    );
    await qr.query(`
      CREATE TABLE districts (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
        province_code text NOT NULL REFERENCES provinces(code),
        name_th text NOT NULL, name_en text NOT NULL, postal_code text)`);
    await qr.query(`CREATE INDEX districts_province ON districts (province_code)`);
    await qr.query(`
      CREATE TABLE laos (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{7}$'),
        type text NOT NULL,
        type_th text NOT NULL,
        name_th text NOT NULL,
        display_name_th text NOT NULL,
        province_code text NOT NULL REFERENCES provinces(code),
        district_code text NOT NULL REFERENCES districts(code),
        lat double precision, lon double precision)`);
    await qr.query(`CREATE INDEX laos_province ON laos (province_code)`);
    await qr.query(`CREATE INDEX laos_district ON laos (district_code)`);
    await qr.query(
      `CREATE TABLE diagnostic_pings (id uuid PRIMARY KEY, note text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    );
  },

  async down(qr) {
    await qr.query('DROP TABLE diagnostic_pings');
    await qr.query('DROP TABLE laos');
    await qr.query('DROP TABLE districts');
    await qr.query('DROP TABLE provinces');
    await dropOutboxAndInbox(qr);
  },
});
