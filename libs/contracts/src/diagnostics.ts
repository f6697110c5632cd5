import { ApiInt, ApiUuid } from './api-property.js';

/** POST /admin/diagnostics/event-pings: the catalog raised a diagnostic event (CatalogSubjects.recordPing). */
export class PingCreatedV1 {
  @ApiUuid('the id of the event raised') pingId: string;
}

/** GET /admin/diagnostics/event-pings/:pingId (ReportingSubjects.getPing). */
export class PingV1 {
  @ApiUuid() pingId: string;
  @ApiInt('times the reporting service applied the event: 0 not (yet) delivered, 1 exactly once') appliedCount: number;
}
