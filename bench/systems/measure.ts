/** What one (scenario, system) run measured: the row of results/latest.json. */
export interface RunResult {
  scenario: string;
  system: 'api' | 'cypher' | 'neo4j-graphql';
  rps: number;
  p50_ms: number;
  p99_ms: number;
  /** Failed requests: connection errors, timeouts, non-2xx, GraphQL `errors`, Cypher exceptions. */
  errors: number;
  requests: number;
  /** API only: Cypher round trips per operation, from the per-request counter. */
  round_trips_per_op?: number;
  /**
   * Servers only (the API and @neo4j/graphql): the server process's CPU time (user + system, all its
   * threads) over the measured window, per GraphQL operation it answered in that window, in ms. Apart
   * from the shared cores, what one operation costs the Node process.
   */
  api_cpu_ms_per_op?: number;
  note?: string;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Exact percentile of latencies in ms (sorted in place). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
