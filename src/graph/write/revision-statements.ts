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

/**
 * The next revision number. The counter node's write lock is held until the commit, so seqs are
 * handed out in commit order and never repeat, however many writes share a millisecond. Taken last
 * in a transaction, so it is held for as short a time as possible.
 */
export function nextSeqQuery(): CypherQuery {
  return {
    name: 'write.nextSeq',
    cypher: `MERGE (s:RevisionSequence {name: 'revisions'})
ON CREATE SET s.last = 0
SET s.last = s.last + 1
RETURN s.last AS seq, toString(datetime()) AS at`,
    params: {},
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
  seq: unknown;
  actor: string;
  reason: string | null;
  mutation: string;
  sources: string[];
  entityIds: string[];
  relationshipIds: string[];
}

export function createRevisionQuery(revision: RevisionRow, changes: ChangeRow[]): CypherQuery {
  return {
    name: 'write.createRevision',
    cypher: `CREATE (v:Revision {seq: $revision.seq, at: datetime(), actor: $revision.actor, reason: $revision.reason,
  mutation: $revision.mutation, sources: $revision.sources, entityIds: $revision.entityIds, relationshipIds: $revision.relationshipIds})
WITH v
UNWIND $changes AS change
CREATE (v)-[:RECORDS]->(:RevisionChange {seq: $revision.seq, index: change.index, targetKind: change.targetKind,
  targetId: change.targetId, op: change.op, before: change.before, after: change.after})
RETURN count(*) AS changes`,
    params: { revision, changes },
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
 * commit, then reads its result. An expired key counts as absent.
 */
export function claimIdempotencyKeyQuery(key: string): CypherQuery {
  return {
    name: 'write.claimIdempotencyKey',
    cypher: `MERGE (k:IdempotencyKey {key: $key})
SET k._lock = true
REMOVE k._lock
RETURN CASE WHEN k.expiresAt > datetime() THEN k.requestHash END AS requestHash,
       CASE WHEN k.expiresAt > datetime() THEN k.result END AS result`,
    params: { key },
  };
}

/** Keeps the answer under the key for `ttlHours`; expired keys of anyone are swept a few at a time. */
export function storeIdempotencyKeyQuery(key: string, requestHash: string, result: string, ttlHours: number): CypherQuery {
  return {
    name: 'write.storeIdempotencyKey',
    cypher: `MATCH (k:IdempotencyKey {key: $key})
SET k.requestHash = $requestHash, k.result = $result, k.expiresAt = datetime() + duration({hours: $ttlHours})
WITH k
CALL (k) {
  MATCH (old:IdempotencyKey) WHERE old.expiresAt < datetime() AND old <> k
  WITH old LIMIT 100
  DELETE old
  RETURN count(*) AS swept
}
RETURN swept`,
    params: { key, requestHash, result, ttlHours },
  };
}
