import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';

/**
 * Asks before a step that cannot be undone: `children` say what will happen (the element with `labelledBy`
 * names the dialog), then yes — held while sending — or cancel.
 */
export function Confirm({
  labelledBy,
  busy,
  yes,
  yesClass = 'button danger',
  onYes,
  onCancel,
  children,
}: {
  labelledBy: string;
  busy: boolean;
  yes: string;
  yesClass?: string;
  onYes: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  return (
    <div class="confirm" role="alertdialog" aria-labelledby={labelledBy}>
      {children}
      <button type="button" class={yesClass} disabled={busy} onClick={onYes}>
        {busy ? t('admin.sending') : yes}
      </button>
      <button type="button" class="button" disabled={busy} onClick={onCancel}>
        {t('admin.cancel')}
      </button>
    </div>
  );
}
