import type { ComponentType } from 'preact';
import { ErrorState, Loading } from '../components/states';
import { lazyPage } from '../router';
import { FarmerHome } from './home';

const BatchList = lazyPage(() => import('./batches/list'), Loading, ErrorState);
const NewBatch = lazyPage(() => import('./batches/new'), Loading, ErrorState);
const ManageBatch = lazyPage(() => import('./batches/manage'), Loading, ErrorState);
const LiveSale = lazyPage(() => import('./batches/live'), Loading, ErrorState);
const Harvest = lazyPage(() => import('./batches/harvest'), Loading, ErrorState);
const Payments = lazyPage(() => import('./orders/payments'), Loading, ErrorState);
const Packing = lazyPage(() => import('./orders/packing'), Loading, ErrorState);
const Products = lazyPage(() => import('./products/products-page'), Loading, ErrorState);
const ProductEdit = lazyPage(() => import('./products/product-edit-page'), Loading, ErrorState);
const Figures = lazyPage(() => import('./orders/figures'), Loading, ErrorState);
const Membership = lazyPage(() => import('./membership/membership-page'), Loading, ErrorState);

/**
 * The console's pages, one entry each: `/farmer<pattern>`. Each area (batches, orders and payments,
 * products) keeps its pages in its own folder and adds its entries here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FARMER_ROUTES: Array<[string, ComponentType<any>]> = [
  ['/', FarmerHome],
  ['/batches', BatchList],
  ['/batches/new', NewBatch],
  ['/batches/:id', ManageBatch],
  ['/batches/:id/live', LiveSale],
  ['/batches/:id/harvest', Harvest],
  ['/batches/:id/packing', Packing],
  ['/payments', Payments],
  /** the link of a "slip waits for you" notification (SMS, e-mail, LINE, the bell): the slips to check */
  ['/orders', Payments],
  ['/figures', Figures],
  ['/membership', Membership],
  ['/products', Products],
  ['/products/new', ProductEdit],
  ['/products/:id', ProductEdit],
];
