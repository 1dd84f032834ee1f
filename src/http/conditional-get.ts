import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { createHash } from 'node:crypto';
import { Counter, type Registry } from 'prom-client';
import type { GraphContext } from '../context';
import { readCommittedRevision, type CommittedRevision } from '../graph/committed-revision';
import type { CypherRunner } from '../graph/cypher-runner';
import { matchesAny, parseIfNoneMatch, type IfNoneMatch } from './entity-tags';
import { latestPinnedMoment } from './pinned-answers';

/*
 * HTTP caching from revisions. A query's answer is a function of the request and the state of the
 * graph, and the committed revision seq names that state for every API instance on the database: the
 * ETag is the seq plus a hash of everything in the request that changes the answer. A GET whose
 * If-None-Match holds the current tag is answered 304 before any of the operation's Cypher runs; the
 * one read it costs is the counter's (src/graph/committed-revision.ts), made before the operation
 * executes, so an answer is never tagged with a seq older than the state it read... except in the
 * moment a commit's index updates lag its counter, when the answer gets no tag at all. The README
 * ("HTTP caching") gives the whole argument.
 */

export interface ConditionalGetOptions {
  /** Runs the counter read; not the request's runner, so it is not one of the operation's round trips. */
  readonly runner: CypherRunner;
  /** Where `kg_http_*` metrics go (the graph's registry). */
  readonly registry: Registry;
  /** Reads need a token: cacheable answers are then `private`. */
  readonly readsRequired: boolean;
  /**
   * How long after a moment no write can still change what is known at it: longer than any write
   * transaction may run. Defaults to 2 x the query timeout, at least a minute.
   */
  readonly settleMs: number;
}

/** A year: what `immutable` answers may be kept for (RFC 8246's example, the longest caches honour). */
const IMMUTABLE_MAX_AGE = 31_536_000;

interface Tagged {
  readonly tag: string;
  readonly immutable: boolean;
}

/** The plugin that sets ETag and Cache-Control on queries' answers and answers 304 to GETs that hold the tag. */
export function conditionalGetPlugin(options: ConditionalGetOptions): ApolloServerPlugin<GraphContext> {
  const metrics = conditionalMetrics(options.registry);
  return {
    async requestDidStart({ request }) {
      if (request.http === undefined) return undefined;
      const http = request.http;
      let condition: IfNoneMatch | undefined;
      let tagged: Tagged | null = null;
      return {
        async didResolveOperation() {
          // Only a GET can be answered 304; a malformed header is refused before anything runs.
          if (http.method === 'GET') condition = parseIfNoneMatch(http.headers.get('if-none-match'));
        },
        async responseForOperation(context) {
          if (context.operation?.operation !== OperationTypeNode.QUERY) return null;
          // A failed read (the database gone) leaves the answer untagged; the operation then runs and
          // reports the fault with its own coded error, as it would without caching.
          const revision = await readCommittedRevision(options.runner).catch(() => null);
          metrics.revisionReads.inc();
          if (revision === null) return null;
          tagged = tagOf(context, revision, options);
          if (tagged === null || condition === undefined || !matchesAny(condition, tagged.tag)) return null;
          metrics.conditional.inc({ outcome: 'not_modified' });
          // Express sends no body with a 304; the head says what the cached answer still is.
          return { http: { status: 304, headers: cachingHeaders(tagged, options.readsRequired) }, body: { kind: 'single', singleResult: {} } };
        },
        async willSendResponse({ response }) {
          if (tagged === null || response.http.status === 304) return;
          const answered = response.body.kind === 'single' && response.body.singleResult.errors === undefined && (response.http.status ?? 200) === 200;
          // An answer with errors (the database gone, a timeout) is not the graph's state: never cached.
          if (!answered) return;
          if (condition !== undefined) metrics.conditional.inc({ outcome: 'modified' });
          for (const [name, value] of cachingHeaders(tagged, options.readsRequired)) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/** The tag of this request's answer at `revision`; null while the revision's index updates may lag. */
function tagOf(context: GraphQLRequestContext<GraphContext>, revision: CommittedRevision, options: ConditionalGetOptions): Tagged | null {
  if (!revision.settled || context.document === undefined || context.operation === undefined) return null;
  const headers = context.request.http?.headers;
  // Everything of the request that changes the answer's bytes: the document, the operation chosen,
  // the variables, the caller (roles come from the token), the bookmarks a read waits for, and the
  // media type negotiated.
  const request = JSON.stringify([
    context.queryHash ?? null,
    context.operationName ?? null,
    context.request.variables ?? null,
    headers?.get('authorization') ?? null,
    headers?.get('x-kg-bookmarks') ?? null,
    headers?.get('accept') ?? null,
  ]);
  const hash = createHash('sha256').update(request).digest('base64url').slice(0, 27);
  const moment = latestPinnedMoment(context.document, context.operation, context.request.variables ?? {});
  return { tag: `r${revision.seq}-${hash}`, immutable: moment !== null && moment <= revision.nowMs - options.settleMs };
}

function cachingHeaders(tagged: Tagged, readsRequired: boolean): HeaderMap {
  const scope = readsRequired ? 'private' : 'public';
  return new HeaderMap([
    ['etag', `"${tagged.tag}"`],
    // no-cache: a cache may keep the answer but must revalidate it (a 304 costs no Cypher but the counter's read).
    ['cache-control', tagged.immutable ? `${scope}, max-age=${IMMUTABLE_MAX_AGE}, immutable` : `${readsRequired ? 'private, ' : ''}no-cache`],
  ]);
}

function conditionalMetrics(registry: Registry) {
  const single = <T extends Counter<string>>(name: string, make: () => T): T => (registry.getSingleMetric(name) as T | undefined) ?? make();
  return {
    revisionReads: single('kg_http_revision_reads_total', () => new Counter({
      name: 'kg_http_revision_reads_total',
      help: 'Reads of the committed revision counter made to tag query answers (not counted as the operations\' round trips)',
      registers: [registry],
    })),
    conditional: single('kg_http_conditional_requests_total', () => new Counter({
      name: 'kg_http_conditional_requests_total',
      help: 'GETs with If-None-Match, by outcome: not_modified (304, no Cypher of the operation) or modified (200)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    })),
  };
}
