import { api, call } from '../api/client';
import type { Province } from '../api/types';
import { t } from '../i18n';
import { SelectField, TextField } from './field';
import { PlaceSelect, usePlacesUnder } from './place-select';

export interface Address {
  line1: string;
  provinceCode: string;
  districtCode: string;
  subdistrict: string;
  postalCode: string;
  phone: string;
}
export const EMPTY_ADDRESS: Address = {
  line1: '',
  provinceCode: '',
  districtCode: '',
  subdistrict: '',
  postalCode: '',
  phone: '',
};

interface Subdistrict {
  code: string;
  nameTh: string;
  postalCode: string;
}

/** A Thai delivery address: province → district → subdistrict (which fills the postcode), and a phone. */
export function AddressForm({
  value,
  onChange,
  provinces,
  errors,
}: {
  value: Address;
  onChange: (a: Address) => void;
  provinces: Province[];
  errors: Record<string, string | undefined>;
}) {
  const subs = usePlacesUnder<Subdistrict>(value.districtCode, (code) =>
    call(api.GET('/api/v1/districts/{code}/subdistricts', { params: { path: { code } } })),
  );
  const subKey = (s: Subdistrict) => `${s.nameTh}|${s.postalCode}`;
  return (
    <fieldset class="address">
      <legend>{t('reserve.address')}</legend>
      <TextField
        id="addr-line1"
        label={t('reserve.line1')}
        error={errors.line1}
        autocomplete="street-address"
        value={value.line1}
        onValue={(line1) => onChange({ ...value, line1 })}
      />
      <PlaceSelect
        idPrefix="addr"
        required
        provinces={provinces}
        errors={errors}
        value={{ provinceCode: value.provinceCode, districtCode: value.districtCode }}
        onChange={(p) =>
          onChange({
            ...value,
            provinceCode: p.provinceCode,
            districtCode: p.districtCode,
            subdistrict: '',
            postalCode: '',
          })
        }
      />
      <SelectField
        id="addr-subdistrict"
        label={t('reserve.subdistrict')}
        error={errors.subdistrict}
        disabled={!subs.length}
        value={
          subs.find((s) => s.nameTh === value.subdistrict && s.postalCode === value.postalCode)
            ? `${value.subdistrict}|${value.postalCode}`
            : ''
        }
        onValue={(key) => {
          const s = subs.find((x) => subKey(x) === key);
          onChange({ ...value, subdistrict: s?.nameTh ?? '', postalCode: s?.postalCode ?? value.postalCode });
        }}
      >
        <option value="">{t('place.choose')}</option>
        {subs.map((s) => (
          <option key={subKey(s)} value={subKey(s)}>
            {s.nameTh} {s.postalCode}
          </option>
        ))}
      </SelectField>
      <TextField
        id="addr-postal"
        label={t('reserve.postalCode')}
        error={errors.postalCode}
        inputMode="numeric"
        autocomplete="postal-code"
        maxLength={5}
        value={value.postalCode}
        onValue={(v) => onChange({ ...value, postalCode: v.trim() })}
      />
      <TextField
        id="addr-phone"
        label={t('reserve.phone')}
        error={errors.phone}
        type="tel"
        inputMode="tel"
        autocomplete="tel"
        value={value.phone}
        onValue={(v) => onChange({ ...value, phone: v.replace(/[\s-]/g, '') })}
      />
    </fieldset>
  );
}

/** The checks the API makes too, done early so the consumer sees them beside the field. */
export function addressErrors(a: Address): Record<string, string> {
  const e: Record<string, string> = {};
  if (!a.line1.trim()) e.line1 = t('reserve.errLine1');
  if (!a.provinceCode) e.provinceCode = t('reserve.errProvince');
  if (!a.districtCode) e.districtCode = t('reserve.errDistrict');
  if (!/^\d{5}$/.test(a.postalCode)) e.postalCode = t('reserve.errPostal');
  if (!/^0\d{8,9}$/.test(a.phone)) e.phone = t('reserve.errPhone');
  return e;
}
