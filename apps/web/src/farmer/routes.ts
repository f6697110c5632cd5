import type { ComponentType } from 'preact';
import { FarmerHome } from './home';
import { FiguresPage } from './orders/figures';
import { PackingPage } from './orders/packing';
import { PaymentsPage } from './orders/payments';

/**
 * The console's pages, one entry each: `/farmer<pattern>`. Each area (batches, orders and payments,
 * products) keeps its pages in its own folder and adds its entries here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FARMER_ROUTES: Array<[string, ComponentType<any>]> = [
  ['/', FarmerHome],
  ['/payments', PaymentsPage],
  ['/batches/:id/packing', PackingPage],
  ['/figures', FiguresPage],
];
