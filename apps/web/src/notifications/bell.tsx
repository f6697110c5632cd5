import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { t } from '../i18n';
import { useLocation } from '../router';
import type { PanelProps } from './panel';

/** How often a page left open asks again (only while it is visible), and the least time between two asks. */
const POLL_MS = 60_000;
const MIN_GAP_MS = 15_000;

/** The list's code and texts load on the first tap on the bell: every page carries only the bell itself. */
let panelChunk: Promise<ComponentType<PanelProps>> | undefined;
function loadPanel(): Promise<ComponentType<PanelProps>> {
  panelChunk ??= import('./panel').then(
    (m) => m.NotificationPanel,
    (e) => {
      panelChunk = undefined;
      throw e;
    },
  );
  return panelChunk;
}

const BELL_PATH =
  'M12 22c1.1 0 2-.9 2-2h-4c0 1.1.9 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z';

/**
 * The signed-in user's bell in the header (the same header over the shop, the producer's and the staff
 * consoles): the unread count, read again when the page changes or comes back into view, and the list
 * under it. A count that cannot be read leaves the bell without a number, never an error in the header.
 */
export function Bell() {
  const { path } = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null>(null);
  const [chunkFailed, setChunkFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const lastAsked = useRef(0);

  const refresh = (force = false) => {
    if (!force && Date.now() - lastAsked.current < MIN_GAP_MS) return;
    lastAsked.current = Date.now();
    call(api.GET('/api/v1/me/notifications', { params: { query: { page: 1, pageSize: 1 } } }), {
      background: true,
    }).then(
      (p) => setUnread(p.unread),
      (e) => {
        // the session ended: no count, and no more asking; the page's next call signs out and says so
        if (e instanceof ApiError && e.status === 401) {
          setUnread(null);
          lastAsked.current = Infinity;
        }
      },
    );
  };

  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    const timer = setInterval(onVisible, POLL_MS);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  useEffect(() => {
    setOpen(false);
    refresh();
  }, [path]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onOutside = (e: Event) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
    };
  }, [open]);

  const fetchPanel = () => {
    setChunkFailed(false);
    loadPanel().then(
      (P) => setPanel(() => P),
      () => setChunkFailed(true),
    );
  };

  const toggle = () => {
    if (!open && !Panel) fetchPanel();
    setOpen(!open);
  };

  const label = unread ? t('bell.unread', { n: unread }) : t('bell.label');
  return (
    <div class="bell" ref={box}>
      <button
        ref={button}
        type="button"
        class="bell-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls="bell-panel"
        onClick={toggle}
      >
        <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
          <path fill="currentColor" d={BELL_PATH} />
        </svg>
        {!!unread && (
          <span class="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div id="bell-panel" class="bell-panel">
          {Panel ? (
            <Panel onUnread={setUnread} onClose={() => setOpen(false)} />
          ) : chunkFailed ? (
            <div role="alert">
              <p>{t('error.body')}</p>
              <button type="button" class="button" onClick={fetchPanel}>
                {t('error.retry')}
              </button>
            </div>
          ) : (
            <p role="status">{t('common.loading')}</p>
          )}
        </div>
      )}
    </div>
  );
}
