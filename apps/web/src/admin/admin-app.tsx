import type { Me } from '../api/types';
import { NotFound } from '../components/states';
import { Forbidden } from './components/admin-page';
import { StaffGate } from '../components/staff-gate';
import { addCatalogs, t } from '../i18n';
import { match, useLocation } from '../router';
import './admin.css';
import en from './i18n/en.json';
import th from './i18n/th.json';
import ContentLinksPage from './pages/content-links';
import Dashboard from './pages/dashboard';
import PrintView from './pages/print';
import ProducerDetail from './pages/producer-detail';
import ProducerFormPage from './pages/producer-form';
import ProducersPage from './pages/producers';
import SubmissionsPage from './pages/submissions';
import TargetsPage from './pages/targets';
import OrderDetailPage from './orders/order-detail';
import OrderSearchPage from './orders/order-search';
import UsersPage from './users/users';
import FlaggedSalesPage from './integrity/flagged-sales';
import MembershipProposalsPage from './integrity/membership-proposals';
import { areaFromPath, homeArea } from './scope';

addCatalogs({ th, en });

/** The LAO, province and DLA console under /admin: each role sees its own area, as the API allows. */
export default function AdminApp({ rest }: { rest?: string }) {
  return (
    <StaffGate roles={['lao_admin', 'province_admin', 'dla_admin']}>
      {(me) => <Console me={me} rest={rest ?? '/'} />}
    </StaffGate>
  );
}

function Console({ me, rest }: { me: Me; rest: string }) {
  const { path } = useLocation();
  const isLao = me.roles.includes('lao_admin');
  const links: Array<[string, string]> = [
    ['/admin', 'admin.nav.dashboard'],
    ...(isLao
      ? ([
          ['/admin/producers', 'admin.nav.producers'],
          ['/admin/content-links', 'admin.nav.links'],
        ] as Array<[string, string]>)
      : []),
    ['/admin/flagged-sales', 'admin.nav.flagged'],
    ['/admin/membership-proposals', 'admin.nav.membership'],
    ['/admin/submissions', 'admin.nav.submissions'],
    ['/admin/targets', 'admin.nav.targets'],
    ['/admin/orders', 'admin.nav.orders'],
    ...(isLao ? [] : ([['/admin/users', 'admin.nav.users']] as Array<[string, string]>)),
  ];
  return (
    <div class="admin">
      <nav class="admin-nav no-print" aria-label={t('admin.nav.label')}>
        {links.map(([href, key]) => (
          <a
            key={href}
            href={href}
            aria-current={path === href || (href !== '/admin' && path.startsWith(`${href}/`)) ? 'page' : undefined}
          >
            {t(key)}
          </a>
        ))}
      </nav>
      <Route me={me} rest={rest} />
    </div>
  );
}

function Route({ me, rest }: { me: Me; rest: string }) {
  if (rest === '/' || rest === '') return <Dashboard me={me} area={homeArea(me)} />;
  if (rest === '/print') return <PrintView area={homeArea(me)} />;
  if (rest.startsWith('/print/')) {
    const area = areaFromPath(rest.slice('/print'.length));
    return area ? <PrintView area={area} /> : <NotFound />;
  }
  if (rest === '/content-links') return <ContentLinksPage me={me} />;
  if (rest === '/producers') return <ProducersPage me={me} />;
  if (rest === '/producers/new') return <ProducerFormPage me={me} />;
  if (rest === '/submissions') return <SubmissionsPage me={me} />;
  if (rest === '/flagged-sales') return <FlaggedSalesPage me={me} />;
  if (rest === '/membership-proposals') return <MembershipProposalsPage />;
  if (rest === '/targets') return <TargetsPage me={me} />;
  if (rest === '/orders') return <OrderSearchPage />;
  if (rest === '/users') return me.roles.includes('lao_admin') ? <Forbidden /> : <UsersPage me={me} />;
  const order = match('/orders/:id', rest);
  if (order) return <OrderDetailPage key={order.id} me={me} id={order.id} />;
  const edit = match('/producers/:id/edit', rest);
  if (edit) return <ProducerFormPage me={me} id={edit.id} />;
  const producer = match('/producers/:id', rest);
  if (producer) return <ProducerDetail id={producer.id} />;
  const area = areaFromPath(rest);
  return area ? <Dashboard key={`${area.level}${area.code}`} me={me} area={area} /> : <NotFound />;
}
