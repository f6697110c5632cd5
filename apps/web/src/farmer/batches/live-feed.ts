import { useEffect, useState } from 'preact/hooks';
import type { paths } from '../../api/schema';
import { getToken } from '../../auth';

/** One snapshot of the live-sale stream: the JSON of GET /batches/{id}/live-snapshot (generated type). */
export type LiveSnapshot =
  paths['/api/v1/batches/{id}/live-snapshot']['get']['responses'][200]['content']['application/json'];

/**
 * Follows GET /batches/{id}/live (server-sent events) with fetch, so the bearer token travels in a header
 * (EventSource cannot send one). Reconnects after a drop, with back-off; `online` says whether it is live.
 */
export function useLiveFeed(batchId: string): { snap: LiveSnapshot | null; online: boolean } {
  const [snap, setSnap] = useState<LiveSnapshot | null>(null);
  const [online, setOnline] = useState(false);
  useEffect(() => {
    let stop = false;
    let ctrl: AbortController | undefined;
    const run = async (attempt: number): Promise<void> => {
      if (stop) return;
      ctrl = new AbortController();
      try {
        const res = await fetch(`/api/v1/batches/${batchId}/live`, {
          headers: { authorization: `Bearer ${getToken() ?? ''}` },
          signal: ctrl.signal,
        });
        if (!res.ok || !res.body) throw new Error(String(res.status));
        setOnline(true);
        attempt = 0;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let i: number;
          while ((i = buffer.indexOf('\n\n')) >= 0) {
            const data = buffer
              .slice(0, i)
              .split('\n')
              .find((l) => l.startsWith('data: '));
            buffer = buffer.slice(i + 2);
            if (data) setSnap(JSON.parse(data.slice(6)) as LiveSnapshot);
          }
        }
      } catch {
        /* dropped: try again */
      }
      setOnline(false);
      if (!stop) setTimeout(() => void run(attempt + 1), Math.min(15_000, 1000 * 2 ** attempt));
    };
    void run(0);
    return () => {
      stop = true;
      ctrl?.abort();
    };
  }, [batchId]);
  return { snap, online };
}
