import type { Me } from '../api/types';

/** The LAO a page works on: the LAO admin's own, or the one named in `?lao=` for province and DLA staff. */
export function laoOf(me: Me, query: URLSearchParams): string | null {
  const q = query.get('lao');
  if (q && /^\d{7}$/.test(q)) return q;
  return me.laoCode ?? null;
}

export const newKey = (): string => crypto.randomUUID();
