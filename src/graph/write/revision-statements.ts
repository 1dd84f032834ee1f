import type { CypherQuery } from '../cypher-runner';
import type { ChangeOperation } from '../enums';
import { int } from '../values';

/*
 * Revisions, provenance checks and idempotency keys: the bookkeeping statements of a write
 * transaction. Data model (docs/data-model.md):
 *   (:RevisionSequence {name: 'revisions', last})        one counter node: the last seq handed out
 *   (:Revision {seq, at, actor, reason, mutation, sources, entityIds, relationshipIds})
 *   (:Revision)-[:RECORDS]->(:RevisionChange {seq, index, targetKind, targetId, op, before, after})
 *   (:Revision)-[:LOADED]->(:LoadedIds {seq, index, entityIds, relationshipIds})   a seed load's ids
 *   (:IdempotencyKey {key, requestHash, result, expiresAt})
 * None of them carries the `Entity` label, so no read of the graph meets them.
 */

/** Which of `ids` are live sources. Run inside the write, so a source cannot vanish before the commit. */
export function existingSourcesQuery(ids: readonly string[]): CypherQuery {
  return {
    name: 'write.existingSources',
    cypher: `UNWIND $ids AS id
MATCH (s:Source {id: id}) WHERE s.retractedAt IS NULL
RETURN collect(id) AS found`,
    params: { ids: [...new Set(ids)] },
  };
}

export interface ChangeRow {
  index: number;
  targetKind: 'ENTITY' | 'RELATIONSHIP';
  targetId: string;
  /** Spelled as the enum's values, so the literals of the write modules are checked. */
  op: `${ChangeOperation}`;
  /** JSON of the properties before and after (null where there was or is nothing). */
  before: string | null;
  after: string | null;
}

export interface RevisionRow {
  actor: string;
  reason: string | null;
  mutation: string;
  sources: string[];
  entityIds: string[];
  relationshipIds: string[];
}

/** The answer a write keeps under its Idempotency-Key, stored by the statement that records its revision. */
export interface StoredAnswer {
  key: string;
  requestHash: string;
  /** JSON of the mutation's value. */
  valueJson: string;
  ttlHours: number;
}

/**
 * The transaction's revision, in one statement run last: the next seq from the counter node, the
 * revision with its change records and, for a request with an Idempotency-Key, the answer stored
 * under the key (`{"value": ..., "revision": {seq, at, actor, reason}}`, as a replay reads it).
 *
 * The counter node's write lock is held until the commit, so seqs are handed out in commit order and
 * never repeat, however many writes share a millisecond. That lock serialises every write of the
 * graph: each round trip made while holding it is one every other writer waits for. Hence one
 * statement, taken last, rather than a read of the counter followed by the revision's statements.
 * The revision's time is read from the clock once the lock is held (`datetime.realtime()`, not the
 * statement's clock, which starts before the wait): so revisions' times rise with their seqs.
 */
export function recordRevisionQuery(revision: RevisionRow, changes: ChangeRow[], answer: StoredAnswer | null = null): CypherQuery {
  return {
    name: 'write.recordRevision',
    cypher: `MERGE (counter:RevisionSequence {name: 'revisions'})
ON CREATE SET counter.last = 0
SET counter.last = counter.last + 1
CREATE (v:Revision {seq: counter.last, at: datetime.realtime(), actor: $revision.actor, reason: $revision.reason,
  mutation: $revision.mutation, sources: $revision.sources, entityIds: $revision.entityIds, relationshipIds: $revision.relationshipIds})
WITH v, counter.last AS seq
CALL (v, seq) {
  UNWIND $changes AS change
  CREATE (v)-[:RECORDS]->(:RevisionChange {seq: seq, index: change.index, targetKind: change.targetKind,
    targetId: change.targetId, op: change.op, before: change.before, after: change.after})
}
CALL (v, seq) {
  MATCH (k:IdempotencyKey {key: $answer.key})
  SET k.requestHash = $answer.requestHash, k.expiresAt = datetime() + duration({hours: $answer.ttlHours}),
    k.result = '{"value":' + $answer.valueJson + ',"revision":{"seq":' + toString(seq) + ',"at":"' + toString(v.at) +
      '","actor":' + $actorJson + ',"reason":' + $reasonJson + '}}'
}
RETURN seq, toString(v.at) AS at`,
    params: { revision, changes, answer, actorJson: JSON.stringify(revision.actor), reasonJson: JSON.stringify(revision.reason) },
  };
}

/**
 * One slice of the ids a seed revision names (see `seed-revision.ts`), the `index`th of its
 * `LoadedIds` nodes: either entity ids or relationship ids, the other list empty.
 */
export function loadedIdsQuery(seq: unknown, index: number, entityIds: string[], relationshipIds: string[]): CypherQuery {
  return {
    name: 'write.loadedIds',
    cypher: `MATCH (v:Revision {seq: $seq})
CREATE (v)-[:LOADED]->(:LoadedIds {seq: $seq, index: $index, entityIds: $entityIds, relationshipIds: $relationshipIds})`,
    params: { seq, index: int(index), entityIds, relationshipIds },
  };
}

/**
 * Takes (and so locks) the idempotency key: a retry of the same request waits here for the first to
 * commit, then reads its result. An expired key counts as absent. Expired keys of anyone are swept
 * here, a few at a time: at the start of the transaction, not after its revision, whose counter lock
 * every other writer waits for.
 */
export function claimIdempotencyKeyQuery(key: string): CypherQuery {
  return {
    name: 'write.claimIdempotencyKey',
    cypher: `MERGE (k:IdempotencyKey {key: $key})
SET k._lock = true
REMOVE k._lock
WITH k
CALL (k) {
  MATCH (old:IdempotencyKey) WHERE old.expiresAt < datetime() AND old <> k
  WITH old LIMIT 100
  DELETE old
}
RETURN CASE WHEN k.expiresAt > datetime() THEN k.requestHash END AS requestHash,
       CASE WHEN k.expiresAt > datetime() THEN k.result END AS result`,
    params: { key },
  };
}

/** Keeps the answer of a write that changed nothing (no revision) under the key for `ttlHours`. */
export function storeIdempotencyKeyQuery(key: string, requestHash: string, result: string, ttlHours: number): CypherQuery {
  return {
    name: 'write.storeIdempotencyKey',
    cypher: `MATCH (k:IdempotencyKey {key: $key})
SET k.requestHash = $requestHash, k.result = $result, k.expiresAt = datetime() + duration({hours: $ttlHours})`,
    params: { key, requestHash, result, ttlHours },
  };
}
