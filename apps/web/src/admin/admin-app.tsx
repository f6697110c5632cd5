import { StaffGate } from '../components/staff-gate';
import { t } from '../i18n';

/** The LAO, province and DLA console under /admin (issue "The web app, part 3"). */
export default function AdminApp() {
  return <StaffGate roles={['lao_admin', 'province_admin', 'dla_admin']}>{(me) => <h1>{t('staff.welcome', { name: me.name })}</h1>}</StaffGate>;
}
