import { defineMigration } from '@app/persistence';

/**
 * Subdistricts with their postcodes, for the delivery address picker; loaded at start with the other
 * reference data. One row per (district, subdistrict, postcode): a subdistrict may have several
 * postcodes, and the source reuses a few codes in more than one district (SOURCES.md).
 */
export const Subdistricts1764900000000 = defineMigration('Subdistricts1764900000000', {
  async up(qr) {
    await qr.query(`
      CREATE TABLE subdistricts (
        district_code text NOT NULL REFERENCES districts(code),
        code text NOT NULL CHECK (code ~ '^[0-9]{6}$'),
        postal_code text NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
        name_th text NOT NULL,
        name_en text,
        PRIMARY KEY (district_code, code, postal_code))`);
  },

  async down(qr) {
    await qr.query('DROP TABLE subdistricts');
  },
});
