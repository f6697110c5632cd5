import { api, call } from '../../api/client';
import type { Me } from '../../api/types';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { AdminPage } from '../components/admin-page';
import { LaoChooser } from '../components/lao-chooser';
import { laoOf } from '../lao-code';
import { ScrollTable } from '../components/scroll-table';

/** The LAO's producers, with the way to onboard another. */
export default function ProducersPage({ me }: { me: Me }) {
  const { query } = useLocation();
  const lao = laoOf(me, query);
  const loaded = useLoad(`producers:${lao}`, () => call(api.GET('/api/v1/producers', { params: { query: { laoCode: lao!, pageSize: 100 } } })));
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
            <ScrollTable>
            <table class="data">
              <caption>{t('admin.producers.count', { n: page.total ?? page.items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.producers.name')}</th>
                  <th scope="col">{t('admin.producers.kind')}</th>
                  <th scope="col" class="num">{t('admin.producers.members')}</th>
                  <th scope="col">{t('admin.producers.phone')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <a href={`/admin/producers/${p.id}`}>{p.name}</a>
                    </th>
                    <td>{t(`producerKind.${p.kind}`)}</td>
                    <td class="num">{p.memberCount}</td>
                    <td>{p.contacts?.phone ?? '–'}</td>
                  </tr>
                ))}
                {page.items.length === 0 && (
                  <tr>
                    <td colSpan={4} class="muted">
                      {t('admin.producers.none')}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
            </ScrollTable>
          </section>
        </div>
      )}
    </AdminPage>
  );
}
