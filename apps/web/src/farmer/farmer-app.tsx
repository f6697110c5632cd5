import { StaffGate } from '../components/staff-gate';
import { addCatalogs, t } from '../i18n';
import en from './i18n/en.json';
import th from './i18n/th.json';

addCatalogs({ th, en });

/** The producer's console under /farmer (issue "The web app, part 2"). */
export default function FarmerApp() {
  return <StaffGate roles={['producer', 'lao_admin']}>{(me) => <h1>{t('staff.welcome', { name: me.name })}</h1>}</StaffGate>;
}
