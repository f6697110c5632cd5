import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { TextAreaField } from '../../components/field';
import { FormAlert, useSubmit } from '../../components/form';
import { dateTime, num } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { AdminPage } from '../components/admin-page';
import { refusedReason } from './refused-reason';

type Proposal =
  paths['/api/v1/membership-proposals']['get']['responses'][200]['content']['application/json']['items'][number];

function ProposalCard({ p, onDecided }: { p: Proposal; onDecided: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, busy, submit } = useSubmit();

  const refused = refusedReason({ reason: t('admin.membership.errReason'), state: t('admin.membership.errState') });

  const decide = (action: 'approve' | 'reject') => {
    const body = reason.trim() ? { reason: reason.trim() } : {};
    const path = { id: p.id };
    void submit(
      action === 'reject' && !reason.trim() ? { reason: t('admin.membership.errReason') } : {},
      async () => {
        if (action === 'approve')
          await call(api.POST('/api/v1/membership-proposals/{id}/approve', { params: { path }, body }));
        else await call(api.POST('/api/v1/membership-proposals/{id}/reject', { params: { path }, body }));
        onDecided();
      },
      refused,
    );
  };

  return (
    <li class="card" data-testid="membership-proposal">
      <p>
        <a href={`/admin/producers/${p.producerId}`}>
          <strong>{p.producerName}</strong>
        </a>{' '}
        <span class="muted">{dateTime(p.proposedAt)}</span>
      </p>
      <p>
        {t('admin.membership.change', {
          fromKind: t(`producerKind.${p.currentKind}`),
          from: num(p.currentMemberCount),
          toKind: t(`producerKind.${p.kind}`),
          to: num(p.memberCount),
        })}
      </p>
      {p.note && <p class="muted">{t('admin.membership.note', { note: p.note })}</p>}
      {rejecting ? (
        <TextAreaField
          id={`reject-${p.id}`}
          label={t('admin.membership.reasonLabel')}
          error={errors.reason}
          maxLength={500}
          value={reason}
          onValue={setReason}
        />
      ) : (
        <FormAlert error={errors.reason} class="field-error" />
      )}
      {rejecting ? (
        <>
          <button type="button" class="button danger" disabled={busy} onClick={() => decide('reject')}>
            {t('admin.membership.confirmReject')}
          </button>{' '}
          <button type="button" class="button" onClick={() => setRejecting(false)}>
            {t('admin.cancel')}
          </button>
        </>
      ) : (
        <>
          <button type="button" class="button primary" disabled={busy} onClick={() => decide('approve')}>
            {t('admin.membership.approve')}
          </button>{' '}
          <button type="button" class="button" disabled={busy} onClick={() => setRejecting(true)}>
            {t('admin.membership.reject')}
          </button>
        </>
      )}
    </li>
  );
}

/** คำขอเปลี่ยนสมาชิก: producers' requests to change their kind or members, approved or rejected here (only then do they count). */
export default function MembershipProposalsPage() {
  const loaded = useLoad('admin:membership-proposals', () =>
    call(api.GET('/api/v1/membership-proposals', { params: { query: { status: 'pending', pageSize: 100 } } })),
  );
  return (
    <div>
      <h1>{t('admin.membership.title')}</h1>
      <p class="muted">{t('admin.membership.intro')}</p>
      <AdminPage loaded={loaded}>
        {(page, reload) =>
          page.items.length === 0 ? (
            <p class="card">{t('admin.membership.none')}</p>
          ) : (
            <ul class="proposal-list plain-list">
              {page.items.map((p) => (
                <ProposalCard key={p.id} p={p} onDecided={reload} />
              ))}
            </ul>
          )
        }
      </AdminPage>
    </div>
  );
}
