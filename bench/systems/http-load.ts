import autocannon from 'autocannon';
import type { ApiRequest, GraphQLRequest } from '../scenarios';
import { POOL_SIZE, isFormPost } from '../scenarios/types';
import { round, type LoadOptions, type RunResult } from './measure';

const FORM = 'application/x-www-form-urlencoded';

/**
 * A GraphQL system under autocannon: fixed connections and duration, each request the next of the
 * scenario's deterministic sequence (a GraphQL POST, or a form POST to a REST endpoint). A 200 with
 * `errors` in the body counts as an error too.
 */
export async function runHttpLoad(
  url: string,
  request: (i: number) => ApiRequest,
  options: LoadOptions,
  headers: Record<string, string> = {},
  revalidate = false,
): Promise<Pick<RunResult, 'rps' | 'p50_ms' | 'p99_ms' | 'errors' | 'requests'>> {
  if (revalidate) return runRevalidateLoad(url, request as (i: number) => GraphQLRequest, options);
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
        setupRequest: (req) => {
          const sent = request(next++);
          if (!isFormPost(sent)) return { ...req, body: JSON.stringify(sent) };
          return { ...req, path: new URL(sent.path, url).pathname, headers: { ...req.headers, 'content-type': FORM }, body: new URLSearchParams(sent.form).toString() };
        },
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
export async function postOnce(url: string, request: ApiRequest, headers: Record<string, string> = {}): Promise<{ data?: unknown; errors?: Array<{ message: string }> }> {
  const response = isFormPost(request)
    ? await fetch(new URL(request.path, url), { method: 'POST', headers: { 'content-type': FORM, ...headers }, body: new URLSearchParams(request.form) })
    : await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(request) });
  return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
}

/** The GET of `request`, as a path under the server's URL (Apollo's CSRF rule wants the preflight header). */
function getPath(url: string, request: GraphQLRequest): string {
  const target = new URL(url);
  target.searchParams.set('query', request.query);
  target.searchParams.set('operationName', request.operationName);
  target.searchParams.set('variables', JSON.stringify(request.variables));
  return `${target.pathname}${target.search}`;
}

// The same headers on every request: Accept is part of the tag (it picks the response's media type).
const GET_HEADERS = { 'apollo-require-preflight': 'true', accept: 'application/json' };

/** The ETags of the pool's answers, per server: learnt by the warm-up's run, outside the measured window. */
const tagsByUrl = new Map<string, string[]>();

/**
 * GETs with If-None-Match: each of the pool's requests is asked once first for its ETag (by the
 * first run, the warm-up), then the load sends them with it. Only a 304 counts as a success.
 */
async function runRevalidateLoad(url: string, request: (i: number) => GraphQLRequest, options: LoadOptions): Promise<Pick<RunResult, 'rps' | 'p50_ms' | 'p99_ms' | 'errors' | 'requests'>> {
  const tags = tagsByUrl.get(url) ?? (await learnTags(url, request));
  tagsByUrl.set(url, tags);
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    method: 'GET',
    requests: [
      {
        setupRequest: (req) => {
          const i = next++;
          return { ...req, method: 'GET', path: getPath(url, request(i)), headers: { ...GET_HEADERS, 'if-none-match': tags[i % POOL_SIZE] } };
        },
      },
    ],
  });
  const notModified = result.statusCodeStats['304']?.count ?? 0;
  return {
    rps: round(result.requests.total / result.duration),
    p50_ms: round(result.latency.p50),
    p99_ms: round(result.latency.p99),
    errors: result.errors + result.requests.total - notModified,
    requests: result.requests.total,
  };
}

/** Each of the pool's requests once, for the ETag of its answer. */
async function learnTags(url: string, request: (i: number) => GraphQLRequest): Promise<string[]> {
  const tags: string[] = [];
  for (let i = 0; i < POOL_SIZE; i += 1) {
    const response = await fetch(new URL(getPath(url, request(i)), url), { headers: GET_HEADERS });
    const tag = response.headers.get('etag');
    await response.text();
    if (response.status !== 200 || tag === null) throw new Error(`revalidate: request ${i} answered ${response.status} without an ETag`);
    tags.push(tag);
  }
  return tags;
}
