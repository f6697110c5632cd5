import { baht, dateTime, monthLabel, num } from '../../format';
import { t } from '../../i18n';
import type { Summary } from '../api';

/** A submitted month shows its frozen figures; the next month shows what changed after submitting. */
export function SubmissionNote({ summary }: { summary: Summary }) {
  const adj = summary.adjustments;
  return (
    <>
      {summary.submission?.submittedAt && (
        <p class="notice" role="status">
          {t('admin.submitted', { when: dateTime(summary.submission.submittedAt) })}
        </p>
      )}
      {adj?.totals && (
        <p class="notice">
          {t('admin.adjustments', {
            month: adj.month ? monthLabel(adj.month) : '',
            sales: num(adj.totals.salesCount ?? 0),
            revenue: baht(adj.totals.revenueSatang ?? 0),
            beneficiaries: num(adj.totals.beneficiaries ?? 0),
          })}
        </p>
      )}
    </>
  );
}
