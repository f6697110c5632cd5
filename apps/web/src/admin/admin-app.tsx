import { StaffGate } from '../components/staff-gate';
import { addCatalogs, t } from '../i18n';
import en from './i18n/en.json';
import th from './i18n/th.json';

addCatalogs({ th, en });

/** The LAO, province and DLA console under /admin (issue "The web app, part 3"). */
export default function AdminApp() {
  return <StaffGate roles={['lao_admin', 'province_admin', 'dla_admin']}>{(me) => <h1>{t('staff.welcome', { name: me.name })}</h1>}</StaffGate>;
}
