import { EntityType } from '../../src/schema/enums';
import type { GraphPlan } from '../generate/plan';
import { entityId } from '../generate/plan';
import { Random } from '../generate/random';

/** One GraphQL request as sent over HTTP. The operation name keys the API's round-trip counter. */
export interface GraphQLRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * A request to one of the API's REST endpoints beside GraphQL (the reconciliation service): a
 * form-encoded POST, as OpenRefine sends it. `path` is resolved against the server's URL.
 */
export interface FormPost {
  path: string;
  form: Record<string, string>;
}

/** What the API is sent: GraphQL for every question but those asked of a REST endpoint. */
export type ApiRequest = GraphQLRequest | FormPost;

export function isFormPost(request: ApiRequest): request is FormPost {
  return 'path' in request;
}

export interface CypherRequest {
  cypher: string;
  params: Record<string, unknown>;
  /** A write: run in a write transaction, and an answer without rows (a failed check) is an error. */
  write?: boolean;
}

/**
 * A question asked of every system. The i-th request of a run takes parameter set i of a pool of
 * POOL_SIZE drawn once from the seed, so every system sees the same requests in the same order.
 */
export interface Scenario<Request extends ApiRequest = GraphQLRequest> {
  name: string;
  question: string;
  api: (i: number) => Request;
  /** Headers of the API's requests (a write scenario's token). */
  apiHeaders?: Record<string, string>;
  /** The floor: the one hand-written Cypher query that answers the question best. */
  cypher: (i: number) => CypherRequest;
  /** Absent when the library cannot express the question. */
  neo4jGraphql?: (i: number) => GraphQLRequest;
  /** How the library answers it, when not with its generated fields alone. */
  neo4jGraphqlNote?: string;
  /**
   * Checks the API's answer to request `i` beyond "no errors", before anything is measured, and
   * throws when it is wrong: for a question whose wrong answer (an empty list) would look fast.
   */
  verify?: (i: number, body: unknown) => void;
  /**
   * The API's requests are GETs that carry the ETag their answer had before the run
   * (`If-None-Match`): every one should be a 304. Anything else counts as an error.
   */
  revalidate?: boolean;
}

export const POOL_SIZE = 200;

/** POOL_SIZE draws, deterministic for (seed, name). */
export function pool<T>(plan: GraphPlan, name: string, draw: (rng: Random) => T): T[] {
  const rng = Random.for(plan.seed, 'pool', name);
  return Array.from({ length: POOL_SIZE }, () => draw(rng));
}

export function cycle<T>(items: readonly T[], i: number): T {
  return items[i % items.length];
}

/** A uniformly drawn entity of `type`: mostly leaves, sometimes a hub, as real traffic would be. */
export function randomId(plan: GraphPlan, rng: Random, type: EntityType): string {
  return entityId(type, rng.int(plan.counts[type]));
}

/** A uniformly drawn entity among `types`, weighted by their counts. */
export function randomIdAmong(plan: GraphPlan, rng: Random, types: readonly EntityType[]): string {
  const total = types.reduce((sum, type) => sum + plan.counts[type], 0);
  let at = rng.int(total);
  for (const type of types) {
    if (at < plan.counts[type]) return entityId(type, at);
    at -= plan.counts[type];
  }
  throw new Error('unreachable');
}
