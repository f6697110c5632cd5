import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { Layout } from './components/layout';
import { ErrorState, Loading, NotFound } from './components/states';
import { ServerDataContext } from './load';
import type { ServerData } from './load';
import BatchPage from './pages/batch';
import Home from './pages/home';
import ProducerPage from './pages/producer';
import ProductPage from './pages/product';
import { lazyPage, LocationProvider, match, useLocation } from './router';

/** Pages reached from a shared link are in the first bundle; the rest load when first opened. */
const ReservePage = lazyPage(() => import('./pages/reserve'), Loading, ErrorState);
const SignInPage = lazyPage(() => import('./pages/signin'), Loading, ErrorState);
const OrdersPage = lazyPage(() => import('./pages/orders'), Loading, ErrorState);
const OrderPage = lazyPage(() => import('./pages/order'), Loading, ErrorState);
const ReservationPage = lazyPage(() => import('./pages/reservation'), Loading, ErrorState);
const NotificationSettingsPage = lazyPage(() => import('./notifications/settings-page'), Loading, ErrorState);
const LineCallbackPage = lazyPage(() => import('./notifications/line-callback'), Loading, ErrorState);
/** The producer's and the administrations' consoles: their code and texts load only under their paths. */
const FarmerApp = lazyPage(() => import('./farmer/farmer-app'), Loading, ErrorState);
const AdminApp = lazyPage(() => import('./admin/admin-app'), Loading, ErrorState);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ROUTES: Array<[string, ComponentType<any>]> = [
  ['/', Home],
  ['/products/:id', ProductPage],
  ['/batches/:id', BatchPage],
  ['/batches/:id/reserve', ReservePage],
  ['/producers/:id', ProducerPage],
  ['/signin', SignInPage],
  ['/orders', OrdersPage],
  ['/orders/:id', OrderPage],
  ['/reservations/:id', ReservationPage],
  ['/me/notifications/settings', NotificationSettingsPage],
  /** LINE Login sends the browser back here (the notification service's LINE_REDIRECT_URI) */
  ['/me/line/callback', LineCallbackPage],
  ['/farmer/*', FarmerApp],
  ['/admin/*', AdminApp],
];

/** The route patterns the gateway answers with the app (anything else is a 404 page). */
export const ROUTE_PATTERNS = ROUTES.map(([p]) => p);

function Routes({ notFound }: { notFound?: boolean }) {
  const { path } = useLocation();
  if (notFound) return <NotFound />;
  for (const [pattern, Component] of ROUTES) {
    const params = match(pattern, path);
    if (params) return <Component key={pattern.endsWith('/*') ? pattern : path} {...params} />;
  }
  return <NotFound />;
}

export function App({ url, server, notFound }: { url?: string; server?: ServerData | null; notFound?: boolean }) {
  const [, setLangVersion] = useState(0);
  return (
    <ServerDataContext.Provider value={server ?? null}>
      <LocationProvider url={url}>
        <Layout onLang={() => setLangVersion((v) => v + 1)}>
          <Routes notFound={notFound} />
        </Layout>
      </LocationProvider>
    </ServerDataContext.Provider>
  );
}
