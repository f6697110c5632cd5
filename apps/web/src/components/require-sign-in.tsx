import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useSignedIn } from './layout';
import { getToken } from '../auth';
import { useLocation } from '../router';
import { Loading } from './states';

/** Pages of one's own orders: without a session, go and sign in, then come back here. */
export function RequireSignIn({ children }: { children: ComponentChildren }) {
  const { path, query, navigate } = useLocation();
  const signedIn = useSignedIn();
  const has = typeof window !== 'undefined' && !!getToken();
  useEffect(() => {
    if (!getToken())
      navigate(`/signin?next=${encodeURIComponent(path + (query.toString() ? `?${query}` : ''))}`, { replace: true });
  }, [signedIn]);
  return has ? <>{children}</> : <Loading />;
}
