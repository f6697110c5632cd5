import { ApiError } from '../../api/client';
import type { Errors } from '../../components/form';
import { t } from '../../i18n';

/**
 * Why the API refused a decision given with a reason, shown under the reason: the reason itself, the item no
 * longer waiting for it (409), outside the user's area (403, where the page has words of its own for it), or
 * anything else.
 */
export const refusedReason =
  (words: { reason: string; state: string; forbidden?: string }) =>
  (err: unknown): Errors => ({
    reason:
      err instanceof ApiError && err.field('reason')
        ? words.reason
        : err instanceof ApiError && err.status === 409
          ? words.state
          : err instanceof ApiError && err.status === 403 && words.forbidden
            ? words.forbidden
            : t('admin.errSend'),
  });
