import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import type { District, Province } from '../api/types';
import { t } from '../i18n';

export interface PlaceValue {
  provinceCode: string;
  districtCode: string;
  laoCode?: string;
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
  const [districts, setDistricts] = useState<District[]>([]);
  const [laos, setLaos] = useState<Array<{ code: string; displayNameTh: string }>>([]);
  useEffect(() => {
    setDistricts([]);
    if (!value.provinceCode) return;
    call(api.GET('/api/v1/provinces/{code}/districts', { params: { path: { code: value.provinceCode } } })).then(
      setDistricts,
      () => setDistricts([]),
    );
  }, [value.provinceCode]);
  useEffect(() => {
    setLaos([]);
    if (!withLao || !value.districtCode) return;
    call(api.GET('/api/v1/laos', { params: { query: { districtCode: value.districtCode, pageSize: 100 } } })).then(
      (p) => setLaos(p.items),
      () => setLaos([]),
    );
  }, [value.districtCode, withLao]);
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}-province`}>{t('place.province')}</label>
        <select
          id={`${idPrefix}-province`}
          name="province"
          required={required}
          value={value.provinceCode}
          onChange={(e) => onChange({ provinceCode: e.currentTarget.value, districtCode: '', laoCode: '' })}
        >
          <option value="">{required ? t('place.choose') : t('place.all')}</option>
          {provinces.map((p) => (
            <option value={p.code} key={p.code}>
              {p.nameTh}
            </option>
          ))}
        </select>
        {errors.provinceCode && <p class="field-error">{errors.provinceCode}</p>}
      </div>
      <div class="field">
        <label for={`${idPrefix}-district`}>{t('place.district')}</label>
        <select
          id={`${idPrefix}-district`}
          name="district"
          required={required}
          disabled={!districts.length}
          value={value.districtCode}
          onChange={(e) => onChange({ ...value, districtCode: e.currentTarget.value, laoCode: '' })}
        >
          <option value="">{required ? t('place.choose') : t('place.all')}</option>
          {districts.map((d) => (
            <option value={d.code} key={d.code}>
              {d.nameTh}
            </option>
          ))}
        </select>
        {errors.districtCode && <p class="field-error">{errors.districtCode}</p>}
      </div>
      {withLao && (
        <div class="field">
          <label for={`${idPrefix}-lao`}>{t('place.lao')}</label>
          <select
            id={`${idPrefix}-lao`}
            name="lao"
            disabled={!laos.length}
            value={value.laoCode}
            onChange={(e) => onChange({ ...value, laoCode: e.currentTarget.value })}
          >
            <option value="">{t('place.all')}</option>
            {laos.map((l) => (
              <option value={l.code} key={l.code}>
                {l.displayNameTh}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
