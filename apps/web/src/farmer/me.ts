import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me } from '../api/types';

/** The signed-in producer (or LAO admin) of the console, for its pages. */
export const MeContext = createContext<Me | null>(null);
export const useMe = (): Me => useContext(MeContext)!;

/** Which batches and products are "mine": a producer's own, an LAO admin's LAO. */
export function mine(me: Me): { producerId?: string; laoCode?: string } {
  return me.roles.includes('producer') && me.producerId ? { producerId: me.producerId } : { laoCode: me.laoCode };
}
