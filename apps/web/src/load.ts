import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api/client';

/** What the server rendered a share page with, so the browser starts from the same data (no flash). */
export interface ServerData {
  path: string;
  data: unknown;
}
export const ServerDataContext = createContext<ServerData | null>(null);

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T; reload: () => void }
  | { state: 'error'; error: unknown; notFound: boolean; retry: () => void };

/**
 * Loads a page's data: from the server's render when it is for this path, else from the API. Errors are
 * kept (never an endless spinner): a 404 becomes the not-found page, anything else a retry button.
 */
export function useLoad<T>(path: string, loader: () => Promise<T>): Loaded<T> {
  const server = useContext(ServerDataContext);
  const initial = server && server.path === path ? (server.data as T) : undefined;
  const [n, setN] = useState(0);
  const [result, setResult] = useState<{ path: string; n: number; r: Loaded<T> } | null>(
    initial !== undefined ? { path, n: 0, r: { state: 'ok', data: initial, reload: () => setN((x) => x + 1) } } : null,
  );
  useEffect(() => {
    if (result && result.path === path && result.n === n) return;
    let live = true;
    loader().then(
      (data) => live && setResult({ path, n, r: { state: 'ok', data, reload: () => setN((x) => x + 1) } }),
      (error) =>
        live &&
        setResult({
          path,
          n,
          r: {
            state: 'error',
            error,
            notFound: error instanceof ApiError && (error.status === 404 || error.status === 400),
            retry: () => setN((x) => x + 1),
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [path, n]);
  if (!result || result.path !== path) return { state: 'loading' };
  return result.r;
}
