import type { Actor, TokenVerifier } from './auth/token-verifier';
import { clientError, ErrorCode } from './errors';
import type { CypherRunner } from './graph/cypher-runner';
import { createRepositories, type Repositories } from './graph/repositories';
import { CurationRepository } from './graph/write/curation.repository';
import { PlanContinuations } from './graph/plan/continuation';
import type { LiveFeed } from './graph/live-feed';
import { DEFAULT_MAX_MENTION_TEXT } from './graph/bounds';

/** What one HTTP request brings that the graph cares about. All optional: a host may pass none. */
export interface RequestInfo {
  /** Names the request in logs and in masked errors; made up when absent. */
  requestId?: string;
  /** The request's `Authorization` header, as sent (`Bearer <token>`). Verified only when needed. */
  authorization?: string;
  /** The request's `Idempotency-Key` header: a retried mutation is applied once. */
  idempotencyKey?: string;
  /** Bookmarks from the request's `x-kg-bookmarks` header: reads see at least that state. */
  bookmarks?: readonly string[];
  /** A subscription's context, which lives as long as it: nothing read for one event is kept for the next. */
  subscription?: boolean;
}

/** Told about every mutation's outcome: the metrics count it, the log records it. */
export type WriteObserver = (event: { mutation: string; outcome: string; actor: string | null; seq: number | null; requestId?: string }) => void;

/** The caller, as far as this request is concerned. */
export interface RequestAuth {
  /** False when no key is configured: writes are disabled. */
  readonly configured: boolean;
  /** The verified caller: WRITES_DISABLED without a key, UNAUTHENTICATED without a valid token. Verified once per request. */
  actor(): Promise<Actor>;
}

/** What every resolver receives. Hosts may extend it with fields of their own. */
export interface GraphContext {
  readonly repositories: Repositories;
  /** Fields of objects no root field planned (a host's entities, a mutation's payload), batched per field. */
  readonly continuations: PlanContinuations;
  /** Cypher round trips made for this request so far. */
  readonly roundTrips: { count: number };
  /** Names the request in logs and in masked errors (`extensions.requestId`). */
  readonly requestId?: string;
  readonly auth: RequestAuth;
  /** The write side: used by mutations only. */
  readonly curation: CurationRepository;
  readonly idempotencyKey?: string;
  /** Bookmarks of the writes this request committed: sent back as `extensions.bookmarks`. */
  readonly writtenBookmarks: string[];
  readonly onWrite: WriteObserver;
  /** The process's follower of the change feed and the limits of subscriptions; null when the graph serves none. */
  readonly live: LiveFeed | null;
  /** Longest text `mentions` links, in UTF-16 code units. */
  readonly maxMentionText: number;
}

/** A fresh context: its own continuations and round-trip counter over the shared driver. */
export function createGraphContext(
  runner: CypherRunner,
  request: RequestInfo = {},
  verifier: TokenVerifier | null = null,
  onWrite: WriteObserver = () => undefined,
  live: LiveFeed | null = null,
  maxMentionText = DEFAULT_MAX_MENTION_TEXT,
): GraphContext {
  const roundTrips = { count: 0 };
  const counted = runner.withObserver({ onQuery: () => void (roundTrips.count += 1) });
  const requestRunner = request.bookmarks && request.bookmarks.length > 0 ? counted.withBookmarks(request.bookmarks) : counted;
  const repositories = createRepositories(requestRunner);
  return {
    repositories,
    continuations: new PlanContinuations(requestRunner, { cache: request.subscription !== true }),
    roundTrips,
    requestId: request.requestId,
    auth: requestAuth(verifier, request.authorization),
    curation: new CurationRepository(requestRunner),
    idempotencyKey: request.idempotencyKey,
    writtenBookmarks: [],
    onWrite,
    live,
    maxMentionText,
  };
}

function requestAuth(verifier: TokenVerifier | null, authorization: string | undefined): RequestAuth {
  let verified: Promise<Actor> | undefined;
  return {
    configured: verifier !== null,
    actor() {
      if (verifier === null) {
        return Promise.reject(clientError(ErrorCode.WRITES_DISABLED, 'Writes are disabled: the server has no token key configured'));
      }
      verified ??= verifier(authorization);
      return verified;
    },
  };
}
