import { api, ApiError, call, NetworkError } from '../api/client';

/**
 * Harvests recorded without a signal wait in IndexedDB on the phone and are sent when it returns. The
 * service decides: a harvest already recorded answers 409, which also empties the queue, so a batch is
 * harvested exactly once however often the phone retries.
 */
export interface QueuedHarvest {
  batchId: string;
  actualQuantity: number;
  queuedAt: string;
}

const DB = 'kdbr-farmer';
const STORE = 'harvests';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'batchId' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const req = fn(db.transaction(STORE, mode).objectStore(STORE));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }).finally(() => db.close());
}

export const queueHarvest = (h: QueuedHarvest) => tx('readwrite', (s) => s.put(h));
export const queuedHarvest = (batchId: string) => tx<QueuedHarvest | undefined>('readonly', (s) => s.get(batchId));
const dequeue = (batchId: string) => tx('readwrite', (s) => s.delete(batchId));
const allQueued = () => tx<QueuedHarvest[]>('readonly', (s) => s.getAll());

export type SendResult = 'sent' | 'already' | 'waiting' | 'refused';

/** Sends one harvest; keeps it queued only when there was no answer. */
export async function sendHarvest(h: QueuedHarvest): Promise<SendResult> {
  try {
    await call(
      api.POST('/api/v1/batches/{id}/harvest', {
        params: { path: { id: h.batchId } },
        body: { actualQuantity: h.actualQuantity },
      }),
    );
    await dequeue(h.batchId);
    return 'sent';
  } catch (e) {
    if (e instanceof NetworkError) return 'waiting';
    await dequeue(h.batchId);
    return e instanceof ApiError && e.code === 'ILLEGAL_TRANSITION' ? 'already' : 'refused';
  }
}

let flushing: Promise<void> | null = null;

/** Sends everything queued (once at a time; called on load and whenever the signal returns). */
export function flushHarvests(): Promise<void> {
  flushing ??= (async () => {
    try {
      for (const h of await allQueued()) await sendHarvest(h);
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}
