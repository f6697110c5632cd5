import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { api, call } from '../api/client';
import type { Me } from '../api/types';
import { getToken } from '../auth';
import { t } from '../i18n';
import { useLoad } from '../load';
import { useLocation } from '../router';
import { Loading, MessageCard, Page } from './states';

type Role = Me['roles'][number];

/**
 * The consoles' door: signed in with one of the roles, else to the sign-in page (and back here), else a Thai
 * "not for this account" page. The API enforces the same rules on every call; this only guides people.
 */
export function StaffGate({ roles, children }: { roles: Role[]; children: (me: Me) => ComponentChildren }) {
  const { path, navigate } = useLocation();
  const token = typeof window !== 'undefined' ? getToken() : null;
  useEffect(() => {
    if (!token) navigate(`/signin?staff=1&next=${encodeURIComponent(path)}`, { replace: true });
  }, [token]);
  const me = useLoad(`me:${token}`, () =>
    token ? call(api.GET('/api/v1/auth/me')) : Promise.reject(new Error('signed out')),
  );
  if (!token) return <Loading />;
  return (
    <Page loaded={me}>
      {(user) =>
        user.roles.some((r) => roles.includes(r)) ? (
          <>{children(user)}</>
        ) : (
          <MessageCard class="card" role="alert" heading={t('staff.notForYou')} body={t('staff.notForYouBody')}>
            <a class="button" href={`/signin?staff=1&next=${encodeURIComponent(path)}`}>
              {t('staff.switch')}
            </a>
          </MessageCard>
        )
      }
    </Page>
  );
}
