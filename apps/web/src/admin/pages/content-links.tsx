import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { Me } from '../../api/types';
import { SelectField, TextField } from '../../components/field';
import { FormAlert, SubmitButton, useForm } from '../../components/form';
import type { Errors } from '../../components/form';
import { day, todayBangkok } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { useLocation } from '../../router';
import { AdminPage } from '../components/admin-page';
import { LaoChooser } from '../components/lao-chooser';
import { laoOf, newKey } from '../lao-code';
import { DataTable } from '../components/data-table';

const PLATFORMS = ['facebook', 'tiktok', 'youtube', 'instagram', 'line', 'other'] as const;
type Platform = (typeof PLATFORMS)[number];

/** The programme's "links of published content": add one (a duplicate is refused in place), list, remove. */
export default function ContentLinksPage({ me }: { me: Me }) {
  const { query } = useLocation();
  const lao = laoOf(me, query);
  if (!lao) return <LaoChooser title={t('admin.links.title')} />;
  return <Links lao={lao} />;
}

function Links({ lao }: { lao: string }) {
  const loaded = useLoad(`links:${lao}`, () =>
    Promise.all([
      call(api.GET('/api/v1/content-links', { params: { query: { laoCode: lao, pageSize: 200 } } })),
      call(api.GET('/api/v1/products', { params: { query: { laoCode: lao, pageSize: 100 } } })),
    ]),
  );
  const [removing, setRemoving] = useState<string | null>(null);
  return (
    <AdminPage loaded={loaded}>
      {([links, products], reload) => (
        <div>
          <h1>{t('admin.links.title')}</h1>
          <LinkForm lao={lao} products={products.items.map((p) => ({ id: p.id, name: p.name }))} onAdded={reload} />
          <section class="card">
            <DataTable
              caption={t('admin.links.list', { n: links.items.length })}
              rows={links.items}
              rowKey={(l) => l.id}
              rowHeader={false}
              empty={t('admin.links.none')}
              columns={[
                {
                  label: t('admin.links.url'),
                  cell: (l) => (
                    <a href={l.url} target="_blank" rel="noopener noreferrer">
                      {l.url}
                    </a>
                  ),
                },
                { label: t('admin.links.platform'), cell: (l) => t(`admin.platform.${l.platform}`) },
                {
                  label: t('admin.links.date'),
                  class: 'nowrap',
                  cell: (l) => day(new Date(l.publishedAt).toLocaleDateString('en-CA', { timeZone: 'Asia/Bangkok' })),
                },
                {
                  label: <span class="sr-only">{t('admin.links.remove')}</span>,
                  cell: (l) => (
                    <button
                      type="button"
                      class="button danger small-button"
                      disabled={removing === l.id}
                      aria-label={t('admin.links.removeOne', { url: l.url })}
                      onClick={async () => {
                        setRemoving(l.id);
                        try {
                          await call(api.DELETE('/api/v1/content-links/{id}', { params: { path: { id: l.id } } }));
                          reload();
                        } finally {
                          setRemoving(null);
                        }
                      }}
                    >
                      {t('admin.links.remove')}
                    </button>
                  ),
                },
              ]}
            />
          </section>
        </div>
      )}
    </AdminPage>
  );
}

function LinkForm({
  lao,
  products,
  onAdded,
}: {
  lao: string;
  products: Array<{ id: string; name: string }>;
  onAdded: () => void;
}) {
  const { values, setValues, field, errors, busy, submit } = useForm('link', {
    url: '',
    platform: 'facebook' as Platform,
    product: '',
    date: todayBangkok(),
  });
  const { url, platform, product, date } = values;
  const [key, setKey] = useState(newKey);
  const [done, setDone] = useState(false);

  const check = (): Errors => {
    const errs: Errors = {};
    if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url.trim())) errs.url = t('admin.links.errUrl');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errs.date = t('admin.links.errDate');
    else if (date > todayBangkok()) errs.date = t('admin.links.errFuture');
    return errs;
  };

  const refused = (err: unknown): Errors => {
    if (err instanceof ApiError && err.code === 'DUPLICATE') return { url: t('admin.links.errDuplicate') };
    if (err instanceof ApiError && err.field('url')) return { url: t('admin.links.errUrl') };
    if (err instanceof ApiError && err.field('publishedAt')) return { date: t('admin.links.errDate') };
    return { form: t('admin.errSend') };
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    setDone(false);
    void submit(
      check(),
      async () => {
        await call(
          api.POST('/api/v1/content-links', {
            params: { header: { 'idempotency-key': key } },
            body: {
              url: url.trim(),
              platform,
              laoCode: lao,
              productId: product || undefined,
              publishedAt: `${date}T12:00:00+07:00`,
            },
          }),
        );
        setValues((v) => ({ ...v, url: '' }));
        setKey(newKey());
        setDone(true);
        onAdded();
      },
      refused,
    );
  };

  return (
    <form class="card form-grid" onSubmit={onSubmit} noValidate>
      <h2>{t('admin.links.add')}</h2>
      <TextField
        {...field('url')}
        label={t('admin.links.url')}
        hint={t('admin.links.urlHint')}
        type="url"
        inputMode="url"
      />
      <SelectField {...field('platform')} label={t('admin.links.platform')}>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {t(`admin.platform.${p}`)}
          </option>
        ))}
      </SelectField>
      <SelectField {...field('product')} label={t('admin.links.product')}>
        <option value="">{t('admin.links.noProduct')}</option>
        {products.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField {...field('date')} label={t('admin.links.date')} type="date" />
      <FormAlert error={errors.form} />
      {done && (
        <p class="notice" role="status">
          {t('admin.links.added')}
        </p>
      )}
      <SubmitButton busy={busy} label={t('admin.links.submit')} busyLabel={t('admin.sending')} />
    </form>
  );
}
