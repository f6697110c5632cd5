import { t } from '../i18n';
import type { Loaded } from '../load';
import type { ComponentChildren } from 'preact';

export function Loading() {
  return (
    <p class="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function NotFound() {
  return (
    <section class="card notfound">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <a class="button" href="/">
        {t('notFound.home')}
      </a>
    </section>
  );
}

export function ErrorState({ retry }: { retry: () => void }) {
  return (
    <section class="card error-state" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" class="button" onClick={retry}>
        {t('error.retry')}
      </button>
    </section>
  );
}

/** Renders a loaded page: its content, a spinner, the Thai 404 or the "try again" state. */
export function Page<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T, reload: () => void) => ComponentChildren;
}) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return loaded.notFound ? <NotFound /> : <ErrorState retry={loaded.retry} />;
  return <>{children(loaded.data, loaded.reload)}</>;
}
