/**
 * A reservation being made survives a detour through sign-in, a reload or a flaky network: its body and
 * its Idempotency-Key stay in sessionStorage until the API answered. The same body always goes with the
 * same key, so a double tap or a retry can never reserve twice; a changed body gets a new key.
 */
export interface PendingReservation {
  batchId: string;
  body: unknown;
  key: string;
}

const KEY = 'kdbr.pendingReservation';

export function readPending(batchId: string): PendingReservation | null {
  try {
    const p = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as PendingReservation | null;
    return p && p.batchId === batchId ? p : null;
  } catch {
    return null;
  }
}

export function pendingFor(batchId: string, body: unknown): PendingReservation {
  const existing = readPending(batchId);
  if (existing && JSON.stringify(existing.body) === JSON.stringify(body)) return existing;
  const p = { batchId, body, key: crypto.randomUUID() };
  sessionStorage.setItem(KEY, JSON.stringify(p));
  return p;
}

export function clearPending(): void {
  sessionStorage.removeItem(KEY);
}
