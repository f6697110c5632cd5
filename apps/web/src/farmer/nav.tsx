import { t } from '../i18n';

/** The console's menu: one tap to each job of the day. */
export function FarmerNav() {
  return (
    <nav class="farmer-nav" aria-label={t('farmer.nav.label')}>
      <a href="/farmer">{t('farmer.nav.home')}</a>
      <a href="/farmer/batches">{t('farmer.nav.batches')}</a>
      <a href="/farmer/payments">{t('farmer.nav.payments')}</a>
      <a href="/farmer/products">{t('farmer.nav.products')}</a>
      <a href="/farmer/figures">{t('farmer.nav.figures')}</a>
      <a href="/farmer/membership">{t('farmer.nav.membership')}</a>
    </nav>
  );
}
