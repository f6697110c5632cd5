export interface ServiceHealthV1 {
  service: string;
  database: 'up' | 'down';
}
