import type { ComponentChildren } from 'preact';
import { ScrollTable } from './scroll-table';

export interface Column<T> {
  /** the column's heading (text), or `header` for a heading of its own (a sort button) */
  label?: ComponentChildren;
  header?: ComponentChildren;
  /** figures: right-aligned, tabular */
  num?: boolean;
  /** a class of its own on each cell (nowrap) */
  class?: string;
  cell: (row: T) => ComponentChildren;
}

/**
 * The staff console's tables, one markup: a caption, column headings with `scope="col"`, the first cell of
 * each row a row heading (`scope="row"`, unless `rowHeader` is false), figures right-aligned, the empty
 * state as one muted row, and the whole scrolling inside its card on a phone.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  rowHeader = true,
  tableClass = 'data',
}: {
  caption: ComponentChildren;
  columns: Array<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty?: ComponentChildren;
  rowHeader?: boolean;
  tableClass?: string;
}) {
  const cls = (c: Column<T>) => [c.num ? 'num' : '', c.class ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <ScrollTable>
      <table class={tableClass}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map(
              (c, i) =>
                c.header ?? (
                  <th key={i} scope="col" class={c.num ? 'num' : undefined}>
                    {c.label}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c, i) =>
                i === 0 && rowHeader ? (
                  <th key={i} scope="row" class={cls(c)}>
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={i} class={cls(c)}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
          {empty !== undefined && rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} class="muted">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollTable>
  );
}
