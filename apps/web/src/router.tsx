import { createContext } from 'preact';
import type { ComponentChildren, ComponentType } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/**
 * A small router that renders the same on the server (the share pages' first HTML) and in the browser:
 * a path, its query, and `navigate`. Plain `<a href>` links inside the app are intercepted.
 */
export interface Location {
  path: string;
  query: URLSearchParams;
  navigate: (to: string, opts?: { replace?: boolean }) => void;
}

const LocationContext = createContext<Location>({ path: '/', query: new URLSearchParams(), navigate: () => undefined });
export const useLocation = () => useContext(LocationContext);

function split(url: string): { path: string; query: URLSearchParams } {
  const u = new URL(url, 'http://x');
  return { path: u.pathname.replace(/\/+$/, '') || '/', query: u.searchParams };
}

export function LocationProvider({ url, children }: { url?: string; children: ComponentChildren }) {
  const [current, setCurrent] = useState(() => url ?? `${window.location.pathname}${window.location.search}`);
  useEffect(() => {
    const onPop = () => setCurrent(`${window.location.pathname}${window.location.search}`);
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a');
      if (!a || a.target || a.hasAttribute('download') || a.origin !== window.location.origin) return;
      if (a.pathname.startsWith('/api/')) return;
      e.preventDefault();
      go(a.pathname + a.search + a.hash);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('click', onClick);
    };
  }, []);
  const go = (to: string, opts: { replace?: boolean } = {}) => {
    if (opts.replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
    setCurrent(to);
    if (!to.includes('#')) window.scrollTo(0, 0);
  };
  const { path, query } = split(current);
  return <LocationContext.Provider value={{ path, query, navigate: go }}>{children}</LocationContext.Provider>;
}

/** Matches `/products/:id` (or `/farmer/*`: the rest in `rest`) against a path; returns the params or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const u = path.split('/').filter(Boolean);
  if (p[p.length - 1] === '*') {
    if (u.length < p.length - 1 || !match(`/${p.slice(0, -1).join('/')}`, `/${u.slice(0, p.length - 1).join('/')}`))
      return null;
    return {
      ...match(`/${p.slice(0, -1).join('/')}`, `/${u.slice(0, p.length - 1).join('/')}`),
      rest: `/${u.slice(p.length - 1).join('/')}`,
    };
  }
  if (p.length !== u.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(u[i]);
    else if (p[i] !== u[i]) return null;
  }
  return params;
}

/**
 * A page whose code loads only when it is first shown (keeps the share pages' JavaScript small). A chunk
 * that cannot load (no signal, or a new release replaced it) shows `Failed` with a way to try again.
 */
export function lazyPage<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  Fallback: ComponentType,
  Failed: ComponentType<{ retry: () => void }>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyPage(props: P) {
    const [C, setC] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (C) return;
      load()
        .then((m) => {
          loaded = m.default;
          setC(() => m.default);
        })
        .catch(() => setFailed(true));
    }, []);
    if (failed) return <Failed retry={() => window.location.reload()} />;
    return C ? <C {...props} /> : <Fallback />;
  };
}
