import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { SelectField, TextAreaField, TextField } from '../../components/field';
import { FormAlert, SubmitButton, useForm } from '../../components/form';
import type { Errors } from '../../components/form';
import { Page } from '../../components/states';
import { FarmerPageTop } from '../nav';
import { dateTime, num } from '../../format';
import { addCatalogs, t } from '../../i18n';
import { useLoad } from '../../load';
import en from './i18n/en.json';
import th from './i18n/th.json';

addCatalogs({ th, en });

type Proposal =
  paths['/api/v1/producers/{id}/membership-proposals']['post']['responses'][201]['content']['application/json'];
type Producer = paths['/api/v1/producers/{id}']['get']['responses'][200]['content']['application/json'];
const KINDS = ['farmer', 'community_enterprise', 'entrepreneur'] as const;
type Kind = (typeof KINDS)[number];

async function loadMembership(): Promise<{ producer: Producer; proposals: Proposal[] } | null> {
  const me = await call(api.GET('/api/v1/auth/me'));
  if (!me.producerId) return null;
  const id = me.producerId;
  const [producer, proposals] = await Promise.all([
    call(api.GET('/api/v1/producers/{id}', { params: { path: { id } } })),
    call(api.GET('/api/v1/producers/{id}/membership-proposals', { params: { path: { id }, query: { pageSize: 10 } } })),
  ]);
  return { producer, proposals: proposals.items };
}

/** The producer's approved kind and members, shown, never edited here: a change is a request its LAO's staff decide. */
function ProposeForm({ producer, onSent }: { producer: Producer; onSent: () => void }) {
  const { values, setValues, field, errors, busy, submit } = useForm('m', {
    kind: producer.kind as Kind,
    count: String(producer.memberCount),
    note: '',
  });
  const { kind, note } = values;
  const [sent, setSent] = useState(false);

  const check = (n: number): Errors => {
    if (!Number.isInteger(n) || n < 1 || (kind !== 'community_enterprise' && n !== 1))
      return { count: t('farmer.membership.err.memberCount') };
    if (kind === producer.kind && n === producer.memberCount) return { count: t('farmer.membership.err.same') };
    return {};
  };

  const refused = (err: unknown): Errors => {
    if (err instanceof ApiError && err.field('memberCount'))
      return {
        count: err.message.includes('approved now')
          ? t('farmer.membership.err.same')
          : t('farmer.membership.err.memberCount'),
      };
    if (err instanceof ApiError && err.field('kind')) return { kind: t('farmer.membership.err.kind') };
    if (err instanceof ApiError && (err.status === 403 || err.status === 404))
      return { form: t('farmer.membership.err.forbidden') };
    return { form: t('farmer.membership.err.send') };
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    setSent(false);
    const n = Number(values.count);
    void submit(
      check(n),
      async () => {
        await call(
          api.POST('/api/v1/producers/{id}/membership-proposals', {
            params: { path: { id: producer.id } },
            body: { kind, memberCount: n, ...(note.trim() ? { note: note.trim() } : {}) },
          }),
        );
        setValues((v) => ({ ...v, note: '' }));
        setSent(true);
        onSent();
      },
      refused,
    );
  };

  return (
    <form class="card" onSubmit={onSubmit} noValidate aria-labelledby="propose-title">
      <h2 id="propose-title">{t('farmer.membership.propose')}</h2>
      <SelectField {...field('kind')} label={t('farmer.membership.kind')}>
        {KINDS.map((k) => (
          <option value={k}>{t(`producerKind.${k}`)}</option>
        ))}
      </SelectField>
      <TextField
        {...field('count')}
        label={t('farmer.membership.memberCount')}
        hint={t('farmer.membership.memberHint')}
        type="number"
        inputMode="numeric"
        min={1}
      />
      <TextAreaField
        {...field('note')}
        label={t('farmer.membership.note')}
        hint={t('farmer.membership.noteHint')}
        maxLength={500}
      />
      <FormAlert error={errors.form} class="field-error" />
      {sent && <p role="status">{t('farmer.membership.sent')}</p>}
      <SubmitButton busy={busy} label={t('farmer.membership.send')} busyLabel={t('farmer.membership.sending')} />
    </form>
  );
}

export function MembershipPage() {
  const loaded = useLoad('/farmer/membership', loadMembership);
  return (
    <div class="farmer-membership">
      <FarmerPageTop back={t('farmer.membership.back')} title={t('farmer.membership.title')}>
        {t('farmer.membership.intro')}
      </FarmerPageTop>
      <Page loaded={loaded}>
        {(data, reload) => {
          if (!data) return <p role="alert">{t('farmer.membership.err.noProducer')}</p>;
          const { producer, proposals } = data;
          const pending = proposals.find((p) => p.status === 'pending');
          return (
            <>
              <section class="card" aria-labelledby="approved-title">
                <h2 id="approved-title">{t('farmer.membership.approved')}</h2>
                <dl class="big-figures">
                  <div>
                    <dt>{t('farmer.membership.kind')}</dt>
                    <dd data-testid="approved-kind">{t(`producerKind.${producer.kind}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('farmer.membership.memberCount')}</dt>
                    <dd data-testid="approved-members">
                      {t('farmer.membership.members', { n: num(producer.memberCount) })}
                    </dd>
                  </div>
                </dl>
                {pending && (
                  <p class="muted">
                    {t('farmer.membership.pendingNote', {
                      kind: t(`producerKind.${pending.kind}`),
                      n: num(pending.memberCount),
                    })}
                  </p>
                )}
              </section>
              <ProposeForm producer={producer} onSent={reload} />
              <section class="card" aria-labelledby="history-title">
                <h2 id="history-title">{t('farmer.membership.history')}</h2>
                {proposals.length === 0 ? (
                  <p class="muted">{t('farmer.membership.none')}</p>
                ) : (
                  <ul class="proposal-list plain-list">
                    {proposals.map((p) => (
                      <li>
                        <strong>{t(`farmer.membership.status.${p.status}`)}</strong> · {t(`producerKind.${p.kind}`)} ·{' '}
                        {t('farmer.membership.members', { n: num(p.memberCount) })} ·{' '}
                        <span class="muted">{dateTime(p.proposedAt)}</span>
                        {p.reason && <div class="muted">{t('farmer.membership.reason', { reason: p.reason })}</div>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </Page>
    </div>
  );
}

export default MembershipPage;
