import { MessageCard, Page } from '../../components/states';
import type { PageProps } from '../../components/states';
import { t } from '../../i18n';

/** Outside the signed-in user's area: a page that says so, and no figures. */
export function Forbidden() {
  return (
    <MessageCard
      class="card"
      role="alert"
      data-testid="forbidden"
      heading={t('admin.forbidden.title')}
      body={t('admin.forbidden.body')}
    >
      <a class="button" href="/admin">
        {t('admin.forbidden.home')}
      </a>
    </MessageCard>
  );
}

/** Like Page, with the console's 403 page for an area the user may not see. */
export function AdminPage<T>(props: PageProps<T>) {
  return <Page {...props} forbidden={<Forbidden />} />;
}
