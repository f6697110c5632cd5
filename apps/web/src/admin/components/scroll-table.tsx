import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';

/** A wide table scrolls inside its card on a phone, and the keyboard can reach it to scroll. */
export function ScrollTable({ children }: { children: ComponentChildren }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t('admin.scrollTable')}>
      {children}
    </div>
  );
}
