export type HealthState = 'up' | 'down';

/** GET /api/health — the database and each upstream. 200 when the database is up, else 503. */
export interface HealthResponse {
  status: 'ok' | 'degraded' | 'error';
  database: { status: HealthState; engine: 'sqlite' | 'mariadb' | 'mysql' };
  upstreams: Record<string, { status: HealthState; circuit: 'closed' | 'open' | 'half-open' }>;
}
