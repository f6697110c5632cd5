/**
 * The signed-in consumer's access token, kept on the device (a phone in LINE's in-app browser keeps its
 * localStorage between visits). A 401 from the API clears it, and the page asks to sign in again.
 */
const KEY = 'kdbr.token';
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function getToken(): string | null {
  return storage()?.getItem(KEY) ?? null;
}

export function signIn(token: string): void {
  storage()?.setItem(KEY, token);
  listeners.forEach((l) => l());
}

export function signOut(): void {
  storage()?.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function onAuthChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
