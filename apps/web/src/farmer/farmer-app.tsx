import type { ComponentType } from 'preact';
import { StaffGate } from '../components/staff-gate';
import { addCatalogs, t } from '../i18n';
import { match } from '../router';
import en from './i18n/en.json';
import th from './i18n/th.json';
import ProductEditPage from './products/product-edit-page';
import productsEn from './products/i18n/en.json';
import productsTh from './products/i18n/th.json';
import ProductsPage from './products/products-page';

addCatalogs({ th, en });
addCatalogs({ th: productsTh, en: productsEn });

/** The console's pages, by the path under /farmer (first match wins). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const PAGES: Array<[string, ComponentType<any>]> = [
  ['/products', ProductsPage],
  ['/products/new', ProductEditPage],
  ['/products/:id', ProductEditPage],
];

/** The producer's console under /farmer (issue "The web app, part 2"). */
export default function FarmerApp({ rest = '/' }: { rest?: string }) {
  return (
    <StaffGate roles={['producer', 'lao_admin']}>
      {(me) => {
        for (const [pattern, Page] of PAGES) {
          const params = match(pattern, rest);
          if (params) return <Page key={rest} me={me} {...params} />;
        }
        return (
          <>
            <h1>{t('staff.welcome', { name: me.name })}</h1>
            <a class="button primary" href="/farmer/products">
              {t('farmer.products.title')}
            </a>
          </>
        );
      }}
    </StaffGate>
  );
}
