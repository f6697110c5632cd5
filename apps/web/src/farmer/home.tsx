import { t } from '../i18n';
import { FarmerNav } from './nav';

/** The console's first page: where to go for each job of the day. */
export function FarmerHome() {
  return (
    <>
      <h1>{t('farmer.title')}</h1>
      <FarmerNav />
    </>
  );
}
