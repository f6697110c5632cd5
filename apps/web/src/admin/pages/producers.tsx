import { api, call } from '../../api/client';
import type { Me } from '../../api/types';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { AdminPage } from '../components/admin-page';
import { LaoChooser } from '../components/lao-chooser';
import { laoOf } from '../lao-code';
import { DataTable } from '../components/data-table';

/** The LAO's producers, with the way to onboard another. */
export default function ProducersPage({ me }: { me: Me }) {
  const { query } = useLocation();
  const lao = laoOf(me, query);
  const loaded = useLoad(`producers:${lao}`, () =>
    call(api.GET('/api/v1/producers', { params: { query: { laoCode: lao!, pageSize: 100 } } })),
  );
  if (!lao) return <LaoChooser title={t('admin.producers.title')} />;
  const suffix = me.laoCode === lao ? '' : `?lao=${lao}`;
  return (
    <AdminPage loaded={loaded}>
      {(page) => (
        <div>
          <h1>{t('admin.producers.title')}</h1>
          <a class="button primary" href={`/admin/producers/new${suffix}`}>
            {t('admin.producers.new')}
          </a>
          <section class="card">
            <DataTable
              caption={t('admin.producers.count', { n: page.total ?? page.items.length })}
              rows={page.items}
              rowKey={(p) => p.id}
              empty={t('admin.producers.none')}
              columns={[
                { label: t('admin.producers.name'), cell: (p) => <a href={`/admin/producers/${p.id}`}>{p.name}</a> },
                { label: t('admin.producers.kind'), cell: (p) => t(`producerKind.${p.kind}`) },
                { label: t('admin.producers.members'), num: true, cell: (p) => p.memberCount },
                { label: t('admin.producers.phone'), cell: (p) => p.contacts?.phone ?? '–' },
              ]}
            />
          </section>
        </div>
      )}
    </AdminPage>
  );
}
