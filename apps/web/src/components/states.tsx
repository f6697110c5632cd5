import { ApiError } from '../api/client';
import { t } from '../i18n';
import type { Loaded } from '../load';
import type { ComponentChildren, JSX } from 'preact';

export function Loading() {
  return (
    <p class="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

/** A card in place of a page: what happened (`heading`, `body`) and the one thing to do next (`children`). */
export function MessageCard({
  heading,
  body,
  children,
  ...attrs
}: { heading: string; body: string; children: ComponentChildren } & JSX.HTMLAttributes<HTMLElement>) {
  return (
    <section {...attrs}>
      <h1>{heading}</h1>
      <p>{body}</p>
      {children}
    </section>
  );
}

export function NotFound() {
  return (
    <MessageCard class="card notfound" heading={t('notFound.title')} body={t('notFound.body')}>
      <a class="button" href="/">
        {t('notFound.home')}
      </a>
    </MessageCard>
  );
}

export function ErrorState({ retry }: { retry: () => void }) {
  return (
    <MessageCard class="card error-state" role="alert" heading={t('error.title')} body={t('error.body')}>
      <button type="button" class="button" onClick={retry}>
        {t('error.retry')}
      </button>
    </MessageCard>
  );
}

export interface PageProps<T> {
  loaded: Loaded<T>;
  children: (data: T, reload: () => void) => ComponentChildren;
}

/**
 * Renders a loaded page: its content, a spinner, the Thai 404 or the "try again" state — or, when the page
 * has one, its `forbidden` state for a 403.
 */
export function Page<T>({ loaded, children, forbidden }: PageProps<T> & { forbidden?: ComponentChildren }) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') {
    if (forbidden && loaded.error instanceof ApiError && loaded.error.status === 403) return <>{forbidden}</>;
    return loaded.notFound ? <NotFound /> : <ErrorState retry={loaded.retry} />;
  }
  return <>{children(loaded.data, loaded.reload)}</>;
}
