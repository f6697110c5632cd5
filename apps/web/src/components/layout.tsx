import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getToken, onAuthChange } from '../auth';
import { currentLang, setLang, t } from '../i18n';
import { Bell } from '../notifications/bell';

export function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    setSignedIn(!!getToken());
    return onAuthChange(() => setSignedIn(!!getToken()));
  }, []);
  return signedIn;
}

export function Layout({ children, onLang }: { children: ComponentChildren; onLang: () => void }) {
  const signedIn = useSignedIn();
  const other = currentLang() === 'th' ? 'en' : 'th';
  return (
    <>
      <a class="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header class="top">
        <a class="brand" href="/">
          {t('brand')}
        </a>
        <nav aria-label={t('nav.label')}>
          <a href="/orders">{t('nav.orders')}</a>
          {!signedIn && <a href="/signin">{t('nav.signIn')}</a>}
          <button
            type="button"
            class="link"
            lang={other}
            onClick={() => {
              setLang(other);
              onLang();
            }}
          >
            {t('nav.otherLang')}
          </button>
        </nav>
        {signedIn && <Bell />}
      </header>
      <main id="main">{children}</main>
      <footer class="foot">
        <p>{t('footer.programme')}</p>
        <p>
          <a href="/farmer">{t('footer.farmer')}</a> · <a href="/admin">{t('footer.staff')}</a>
        </p>
      </footer>
    </>
  );
}
