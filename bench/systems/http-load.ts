import autocannon from 'autocannon';
import type { GraphQLRequest } from '../scenarios';
import { round, type LoadOptions, type RunResult } from './measure';

/**
 * A GraphQL system under autocannon: fixed connections and duration, each request the next of the
 * scenario's deterministic sequence. A 200 with `errors` in the body counts as an error too.
 */
export async function runHttpLoad(
  url: string,
  request: (i: number) => GraphQLRequest,
  options: LoadOptions,
  headers: Record<string, string> = {},
): Promise<Pick<RunResult, 'rps' | 'p50_ms' | 'p99_ms' | 'errors' | 'requests'>> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: JSON.stringify(request(next++)) }),
      },
    ],
    // Checked on every body: a GraphQL error must never pass for a fast answer.
    verifyBody: (body) => !body.startsWith('{"errors"') && !body.includes('"errors":['),
  });
  return {
    rps: round(result.requests.total / result.duration),
    p50_ms: round(result.latency.p50),
    p99_ms: round(result.latency.p99),
    errors: result.errors + result.non2xx + result.mismatches,
    requests: result.requests.total,
  };
}

/** One request, outside any measurement: to check answers and warm caches. */
export async function postOnce(url: string, request: GraphQLRequest, headers: Record<string, string> = {}): Promise<{ data?: unknown; errors?: Array<{ message: string }> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(request) });
  return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
}
