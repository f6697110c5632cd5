import { StaffGate } from '../components/staff-gate';
import { t } from '../i18n';

/** The producer's console under /farmer (issue "The web app, part 2"). */
export default function FarmerApp() {
  return <StaffGate roles={['producer', 'lao_admin']}>{(me) => <h1>{t('staff.welcome', { name: me.name })}</h1>}</StaffGate>;
}
