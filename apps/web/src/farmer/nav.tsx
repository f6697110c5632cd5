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

/** The top of a console page: the way back to the console's home (`back` is its words), the title, the intro. */
export function FarmerPageTop({ back, title, children }: { back: string; title: string; children: string }) {
  return (
    <>
      <p>
        <a href="/farmer">← {back}</a>
      </p>
      <h1>{title}</h1>
      <p class="muted">{children}</p>
    </>
  );
}
