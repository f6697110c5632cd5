import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { Province } from '../api/types';
import { t } from '../i18n';
import { SelectField } from './field';

export interface PlaceValue {
  provinceCode: string;
  districtCode: string;
  laoCode?: string;
}

/**
 * The places under the chosen one (`code`), loaded again each time it changes: none while nothing is chosen,
 * and none when they cannot be loaded.
 */
export function usePlacesUnder<T>(code: string, load: (code: string) => Promise<T[]>): T[] {
  const [places, setPlaces] = useState<T[]>([]);
  useEffect(() => {
    setPlaces([]);
    if (!code) return;
    load(code).then(setPlaces, () => setPlaces([]));
  }, [code]);
  return places;
}

/** Province → district (→ LAO) pickers that load each level when the one above is chosen. */
export function PlaceSelect({
  value,
  onChange,
  provinces,
  withLao,
  idPrefix,
  required,
  errors = {},
}: {
  value: PlaceValue;
  onChange: (v: PlaceValue) => void;
  provinces: Province[];
  withLao?: boolean;
  idPrefix: string;
  required?: boolean;
  errors?: Record<string, string | undefined>;
}) {
  const districts = usePlacesUnder(value.provinceCode, (code) =>
    call(api.GET('/api/v1/provinces/{code}/districts', { params: { path: { code } } })),
  );
  const laos = usePlacesUnder(withLao ? value.districtCode : '', (districtCode) =>
    call(api.GET('/api/v1/laos', { params: { query: { districtCode, pageSize: 100 } } })).then((p) => p.items),
  );
  const choose = required ? t('place.choose') : t('place.all');
  return (
    <>
      <Level
        id={`${idPrefix}-province`}
        name="province"
        label={t('place.province')}
        error={errors.provinceCode}
        required={required}
        empty={choose}
        options={provinces.map((p) => ({ code: p.code, name: p.nameTh }))}
        value={value.provinceCode}
        onValue={(provinceCode) => onChange({ provinceCode, districtCode: '', laoCode: '' })}
      />
      <Level
        id={`${idPrefix}-district`}
        name="district"
        label={t('place.district')}
        error={errors.districtCode}
        required={required}
        empty={choose}
        options={districts.map((d) => ({ code: d.code, name: d.nameTh }))}
        value={value.districtCode}
        onValue={(districtCode) => onChange({ ...value, districtCode, laoCode: '' })}
      />
      {withLao && (
        <Level
          id={`${idPrefix}-lao`}
          name="lao"
          label={t('place.lao')}
          empty={t('place.all')}
          options={laos.map((l) => ({ code: l.code, name: l.displayNameTh }))}
          value={value.laoCode ?? ''}
          onValue={(laoCode) => onChange({ ...value, laoCode })}
        />
      )}
    </>
  );
}

/** One level of the place: its places once the level above is chosen (disabled till then), or `empty`. */
function Level({
  options,
  empty,
  ...field
}: {
  id: string;
  name: string;
  label: string;
  error?: string;
  required?: boolean;
  empty: string;
  options: Array<{ code: string; name: string }>;
  value: string;
  onValue: (code: string) => void;
}) {
  return (
    <SelectField {...field} disabled={!options.length}>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option value={o.code} key={o.code}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
