/** The export's cells: the system's one CSV rule (libs/contracts/src/csv.ts) under the names used here. */
export { csvField, csvLine, neutraliseCell as neutralise } from '@app/contracts';

export type Cell = string | number | null;
