import type { ComponentChildren } from 'preact';
import { ApiError } from '../../api/client';
import { ErrorState, Loading, NotFound } from '../../components/states';
import { t } from '../../i18n';
import type { Loaded } from '../../load';

/** Outside the signed-in user's area: a page that says so, and no figures. */
export function Forbidden() {
  return (
    <section class="card" role="alert" data-testid="forbidden">
      <h1>{t('admin.forbidden.title')}</h1>
      <p>{t('admin.forbidden.body')}</p>
      <a class="button" href="/admin">
        {t('admin.forbidden.home')}
      </a>
    </section>
  );
}

/** Like Page, with the console's 403 page for an area the user may not see. */
export function AdminPage<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T, reload: () => void) => ComponentChildren;
}) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 403) return <Forbidden />;
    return loaded.notFound ? <NotFound /> : <ErrorState retry={loaded.retry} />;
  }
  return <>{children(loaded.data, loaded.reload)}</>;
}
