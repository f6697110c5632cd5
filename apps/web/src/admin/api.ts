import { api, call } from '../api/client';
import type { paths } from '../api/schema';
import { areaParams, childLevel } from './scope';
import type { Area } from './scope';
import { periodParams } from './period';
import type { Period } from './period';

type Ok<Op> = Op extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;
export type Summary = Ok<paths['/api/v1/reports/summary']['get']>;
export type SummaryRow = Summary['rows'][number];
export type Breakdown = Ok<paths['/api/v1/reports/breakdown']['get']>;
export type Submission = Ok<paths['/api/v1/reports/submissions']['get']>[number];
export type ProducerList = Ok<paths['/api/v1/producers']['get']>;
export type ContentLinkList = Ok<paths['/api/v1/content-links']['get']>;

/** The query of an area and a period, as the report endpoints take it. */
export const reportQuery = (area: Area, period: Period) => ({ ...areaParams(area), ...periodParams(period) });

export function loadSummary(area: Area, period: Period): Promise<Summary> {
  return call(
    api.GET('/api/v1/reports/summary', {
      params: { query: { groupBy: childLevel(area.level), ...reportQuery(area, period) } },
    }),
  );
}

export function loadBreakdown(area: Area, period: Period): Promise<Breakdown> {
  return call(api.GET('/api/v1/reports/breakdown', { params: { query: reportQuery(area, period) } }));
}

/** The rows whose targets a user sees: its area one level down, for a fiscal year (targets ride on the summary). */
export function loadTargets(area: Area, fiscalYear: number): Promise<Summary> {
  return call(
    api.GET('/api/v1/reports/summary', {
      params: {
        query: {
          groupBy: childLevel(area.level) === 'district' ? 'lao' : childLevel(area.level),
          ...areaParams(area),
          fiscalYear,
        },
      },
    }),
  );
}

let provinces: ReturnType<typeof loadProvincesNow> | undefined;
function loadProvincesNow() {
  return call(api.GET('/api/v1/provinces'));
}
/** The 77 provinces (names for headings and the map), asked once per visit. */
export function loadProvinces() {
  provinces ??= loadProvincesNow().catch((e) => {
    provinces = undefined;
    throw e;
  });
  return provinces;
}

/** The file of GET /api/v1/reports/export, exactly as the API sends it, with its file name. */
export async function exportFile(
  area: Area,
  period: Period,
  format: 'csv' | 'xlsx',
): Promise<{ blob: Blob; filename: string }> {
  const request = api.GET('/api/v1/reports/export', {
    params: { query: { format, groupBy: childLevel(area.level), ...reportQuery(area, period) } },
    parseAs: 'blob',
  });
  const blob = (await call(request)) as unknown as Blob;
  const disposition = (await request).response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `report.${format}`;
  return { blob, filename };
}
