import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import type { NotificationPage } from '../api/types';
import { dateTime } from '../format';
import { t } from '../i18n';
import { useLocation } from '../router';
import { bodyWithoutLink, pathOf } from './message-text';
import './texts';
import './notifications.css';

export interface PanelProps {
  onUnread: (n: number) => void;
  onClose: () => void;
}

type Item = NotificationPage['items'][number];
const PAGE_SIZE = 10;

/** The list under the bell: newest first, ten at a time, unread ones marked; a tap marks read and opens the link. */
/** The session ended while the list was open: sign in again and come back to this page. */
function useSignInAgain() {
  const { path, query, navigate } = useLocation();
  return () =>
    navigate(`/signin?next=${encodeURIComponent(path + (query.toString() ? `?${query}` : ''))}`, { replace: true });
}

export function NotificationPanel({ onUnread, onClose }: PanelProps) {
  const signInAgain = useSignInAgain();
  const [items, setItems] = useState<Item[]>([]);
  const [pages, setPages] = useState(0);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [unread, setUnread] = useState(0);

  const load = async (page: number) => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await call(api.GET('/api/v1/me/notifications', { params: { query: { page, pageSize: PAGE_SIZE } } }));
      setItems((prev) =>
        page === 1 ? r.items : [...prev, ...r.items.filter((i) => !prev.some((p) => p.id === i.id))],
      );
      setPages(page);
      setDone(r.items.length < PAGE_SIZE);
      setUnread(r.unread);
      onUnread(r.unread);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return signInAgain();
      setError(t('notifications.errLoad'));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void load(1);
  }, []);

  const markRead = (read: Item) => {
    setItems((prev) => prev.map((i) => (i.id === read.id ? read : i)));
    const n = Math.max(0, unread - 1);
    setUnread(n);
    onUnread(n);
  };

  return (
    <section class="notif" aria-labelledby="notif-title">
      <div class="notif-head">
        <h2 id="notif-title">{t('notifications.title')}</h2>
        <a href="/me/notifications/settings">{t('notifications.settingsLink')}</a>
      </div>
      {pages === 0 && busy && (
        <p class="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {items.length > 0 && (
        <ul class="notif-list">
          {items.map((i) => (
            <NotificationItem key={i.id} item={i} onRead={markRead} onClose={onClose} />
          ))}
        </ul>
      )}
      {pages > 0 && items.length === 0 && <p class="notif-empty">{t('notifications.empty')}</p>}
      {error && (
        <div class="alert" role="alert">
          <p>{error}</p>
          <button type="button" class="button" onClick={() => void load(pages + 1)}>
            {t('error.retry')}
          </button>
        </div>
      )}
      {pages > 0 && !done && !error && (
        <button
          type="button"
          class="button notif-more"
          disabled={busy}
          aria-busy={busy}
          onClick={() => void load(pages + 1)}
        >
          {busy ? t('common.loading') : t('notifications.more')}
        </button>
      )}
    </section>
  );
}

function NotificationItem({ item, onRead, onClose }: { item: Item; onRead: (i: Item) => void; onClose: () => void }) {
  const { navigate } = useLocation();
  const signInAgain = useSignInAgain();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const link = pathOf(item.link);
  const unread = !item.readAt;

  const open = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setError(false);
    if (unread) {
      setBusy(true);
      try {
        onRead(await call(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id: item.id } } })));
      } catch (e) {
        setBusy(false);
        if (e instanceof ApiError && e.status === 401) return signInAgain();
        // the page it points to matters more than the mark: follow the link, the mark waits for next time
        if (!link) return setError(true);
      }
      setBusy(false);
    }
    if (link) {
      onClose();
      navigate(link);
    }
  };

  const content = (
    <>
      {unread && <span class="sr-only">{t('notifications.unread')}: </span>}
      <strong class="notif-title">{item.title}</strong>
      <span class="notif-body">{bodyWithoutLink(item.body, item.link)}</span>
      <span class="notif-time">{dateTime(item.createdAt)}</span>
    </>
  );
  return (
    <li class={unread ? 'notif-item unread' : 'notif-item'}>
      {link ? (
        <a href={link} onClick={open} aria-busy={busy}>
          {content}
        </a>
      ) : (
        <button type="button" onClick={open} aria-busy={busy} disabled={!unread}>
          {content}
        </button>
      )}
      {error && (
        <p class="field-error" role="alert">
          {t('notifications.errRead')}
        </p>
      )}
    </li>
  );
}
