import { ApiError } from '../../api/client';
import { t } from '../../i18n';

/** A refused action in Thai: the service decided; the page says what to do and shows the latest state. */
export function actionError(e: unknown): string {
  if (!(e instanceof ApiError)) return t('farmer.orders.err.network');
  if (e.code === 'DUPLICATE') return t('farmer.orders.payments.duplicate');
  if (e.code === 'AMOUNT_EXCEEDS_DUE') return t('farmer.orders.payments.tooMuch');
  if (e.status === 403 || e.status === 404) return t('farmer.orders.err.forbidden');
  return t('farmer.orders.err.refused');
}
