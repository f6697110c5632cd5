export interface ServiceHealthV1 {
  service: string;
  database: 'up' | 'down';
  /** events its consumer gave up redelivering (kept in parked_events, retried every 10 minutes) */
  parkedEvents?: number;
}
