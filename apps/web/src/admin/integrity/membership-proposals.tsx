import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { describedBy, Field } from '../../components/field';
import { dateTime, num } from '../../format';
import { t } from '../../i18n';
import { useLoad } from '../../load';
import { AdminPage } from '../components/admin-page';

type Proposal =
  paths['/api/v1/membership-proposals']['get']['responses'][200]['content']['application/json']['items'][number];

function ProposalCard({ p, onDecided }: { p: Proposal; onDecided: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const id = `reject-${p.id}`;

  const decide = async (action: 'approve' | 'reject') => {
    if (action === 'reject' && !reason.trim()) return setError(t('admin.membership.errReason'));
    setBusy(true);
    setError(undefined);
    try {
      const body = reason.trim() ? { reason: reason.trim() } : {};
      if (action === 'approve')
        await call(api.POST('/api/v1/membership-proposals/{id}/approve', { params: { path: { id: p.id } }, body }));
      else await call(api.POST('/api/v1/membership-proposals/{id}/reject', { params: { path: { id: p.id } }, body }));
      onDecided();
    } catch (err) {
      if (err instanceof ApiError && err.field('reason')) setError(t('admin.membership.errReason'));
      else if (err instanceof ApiError && err.status === 409) setError(t('admin.membership.errState'));
      else setError(t('admin.errSend'));
    } finally {
      setBusy(false);
    }
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
        <Field id={id} label={t('admin.membership.reasonLabel')} error={error}>
          <textarea
            id={id}
            maxLength={500}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
            aria-invalid={!!error}
            aria-describedby={describedBy(id, error)}
          />
        </Field>
      ) : (
        error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )
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
