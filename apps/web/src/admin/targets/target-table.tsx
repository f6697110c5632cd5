import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../../api/client';
import { t } from '../../i18n';
import { parseCell, pasteBlock, showCell, TARGET_COLUMNS } from './target-input';
import type { CellError, TargetCells, TargetColumn } from './target-input';

export interface TargetRow {
  level: 'province' | 'lao';
  code: string;
  name: string;
  note?: string;
  target?: { salesCount: number; revenueSatang: number; beneficiaries: number };
}

const HEAD: Record<TargetColumn, string> = {
  salesCount: 'admin.figure.salesCount',
  revenueSatang: 'admin.targets.revenueBaht',
  beneficiaries: 'admin.figure.beneficiaries',
};
const cellId = (code: string, col: TargetColumn) => `target-${code}-${col}`;
const initial = (r: TargetRow): TargetCells => ({
  salesCount: showCell('salesCount', r.target?.salesCount),
  revenueSatang: showCell('revenueSatang', r.target?.revenueSatang),
  beneficiaries: showCell('beneficiaries', r.target?.beneficiaries),
});
const errorText = (col: TargetColumn, e: CellError | 'api') => t(`admin.targets.err.${e}`, { field: t(HEAD[col]) });

/** The editable table: type or paste, then one button saves the changed rows (PUT /targets, one per row). */
export function TargetTable({ fy, rows, onSaved }: { fy: number; rows: TargetRow[]; onSaved: () => void }) {
  const [cells, setCells] = useState<Record<string, TargetCells>>(() =>
    Object.fromEntries(rows.map((r) => [r.code, initial(r)])),
  );
  const [dirty, setDirty] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);

  const set = (changes: Array<{ code: string; col: TargetColumn; value: string }>) => {
    setCells((c) => {
      const next = { ...c };
      for (const ch of changes) next[ch.code] = { ...next[ch.code], [ch.col]: ch.value };
      return next;
    });
    setDirty((d) => new Set([...d, ...changes.map((ch) => ch.code)]));
    setErrors((e) => {
      const next = { ...e };
      for (const ch of changes) delete next[`${ch.code}:${ch.col}`];
      return next;
    });
    setSaved(null);
  };

  const onPaste = (e: ClipboardEvent, row: number, col: number) => {
    const block = pasteBlock(e.clipboardData?.getData('text/plain') ?? '', row, col, rows.length);
    if (!block) return;
    e.preventDefault();
    set(block.map((b) => ({ code: rows[b.row].code, col: TARGET_COLUMNS[b.col], value: b.value })));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const bodies: Array<{ row: TargetRow; body: Record<TargetColumn, number> }> = [];
    for (const r of rows.filter((x) => dirty.has(x.code))) {
      const body = {} as Record<TargetColumn, number>;
      for (const col of TARGET_COLUMNS) {
        const p = parseCell(col, cells[r.code][col]);
        if ('error' in p) errs[`${r.code}:${col}`] = errorText(col, p.error);
        else body[col] = p.value;
      }
      bodies.push({ row: r, body });
    }
    setErrors(errs);
    setRowErrors({});
    setSaved(null);
    if (Object.keys(errs).length) {
      document.getElementById(cellId(...(Object.keys(errs)[0].split(':') as [string, TargetColumn])))?.focus();
      return;
    }
    setBusy(true);
    const apiErrs: Record<string, string> = {};
    const rowErrs: Record<string, string> = {};
    const done: string[] = [];
    for (const { row, body } of bodies) {
      try {
        await call(
          api.PUT('/api/v1/targets', {
            body: {
              fiscalYear: fy,
              ...(row.level === 'lao' ? { laoCode: row.code } : { provinceCode: row.code }),
              ...body,
            },
          }),
        );
        done.push(row.code);
      } catch (err) {
        const cols = err instanceof ApiError ? TARGET_COLUMNS.filter((c) => err.field(c)) : [];
        for (const c of cols) apiErrs[`${row.code}:${c}`] = errorText(c, 'api');
        if (!cols.length)
          rowErrs[row.code] =
            err instanceof ApiError && err.status === 403 ? t('admin.targets.err.forbidden') : t('admin.errSend');
      }
    }
    setBusy(false);
    setErrors(apiErrs);
    setRowErrors(rowErrs);
    setDirty((d) => new Set([...d].filter((c) => !done.includes(c))));
    setSaved(done.length);
    if (done.length) onSaved();
  };

  return (
    <form class="card" onSubmit={save} noValidate>
      <p class="hint" id="targets-paste-hint">
        {t('admin.targets.pasteHint')}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('admin.scrollTable')}>
        <table class="data targets">
          <caption>{t('admin.targets.caption', { fy })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.targets.area')}</th>
              {TARGET_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(HEAD[c])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.code} class={dirty.has(r.code) ? 'changed' : undefined}>
                <th scope="row">
                  {r.name}
                  {r.note && <span class="muted small block">{r.note}</span>}
                  {rowErrors[r.code] && <span class="field-error block">{rowErrors[r.code]}</span>}
                </th>
                {TARGET_COLUMNS.map((col, j) => {
                  const id = cellId(r.code, col);
                  const err = errors[`${r.code}:${col}`];
                  return (
                    <td key={col} class={err ? 'has-error' : undefined}>
                      <input
                        id={id}
                        type="text"
                        inputMode={col === 'revenueSatang' ? 'decimal' : 'numeric'}
                        autoComplete="off"
                        value={cells[r.code][col]}
                        aria-label={t('admin.targets.cellLabel', { col: t(HEAD[col]), row: r.name })}
                        aria-invalid={!!err}
                        aria-describedby={err ? `${id}-error` : i === 0 && j === 0 ? 'targets-paste-hint' : undefined}
                        onInput={(e) => set([{ code: r.code, col, value: (e.target as HTMLInputElement).value }])}
                        onPaste={(e) => onPaste(e, i, j)}
                      />
                      {err && (
                        <p class="field-error" id={`${id}-error`}>
                          {err}
                        </p>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="sticky-actions">
        {Object.keys(errors).length > 0 && (
          <p class="alert" role="alert">
            {t('admin.targets.fixErrors', { n: Object.keys(errors).length })}
          </p>
        )}
        {saved !== null && (
          <p class="notice" role="status">
            {t('admin.targets.saved', { n: saved })}
          </p>
        )}
        <button type="submit" class="button primary" disabled={busy || dirty.size === 0}>
          {busy ? t('admin.sending') : t('admin.targets.save', { n: dirty.size })}
        </button>
      </div>
    </form>
  );
}
