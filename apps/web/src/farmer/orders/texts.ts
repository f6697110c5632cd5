import { addCatalogs } from '../../i18n';
import en from './i18n/en.json';
import th from './i18n/th.json';

/** The payments, packing and figures pages' own texts (farmer.orders.…), added when their code loads. */
addCatalogs({ th, en });

/** The short order number people read out and write on bags (the same as the consumer's order page). */
export const orderNo = (id: string) => id.slice(0, 8).toUpperCase();
