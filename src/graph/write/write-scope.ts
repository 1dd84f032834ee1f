import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { clientError, ErrorCode } from '../../errors';
import type { CypherQuery, CypherRunner, WriteTransaction } from '../cypher-runner';
import { toNumber } from '../values';
import { lockEntitiesQuery } from './entity-statements';
import { claimIdempotencyKeyQuery, existingSourcesQuery, recordRevisionQuery, storeIdempotencyKeyQuery, type ChangeRow, type StoredAnswer } from './revision-statements';
import { storedEntity, type StoredEntity } from './stored-state';

/** Who writes, why, and how a retry is recognised. */
export interface WriteMeta {
  /** The token's `sub`, or `seed` for the loader. */
  actor: string;
  /** The mutation's name, for the revision and the metrics. */
  mutation: string;
  reason: string | null;
  /** With an Idempotency-Key: the key (scoped to the actor) and a hash of the request it came with. */
  idempotency?: { key: string; requestHash: string };
}

/** The revision a write transaction recorded. */
export interface RevisionInfo {
  seq: number;
  /** ISO 8601 date-time of the commit's transaction. */
  at: string;
  actor: string;
  reason: string | null;
}

export interface WriteOutcome<T> {
  value: T;
  /** Null when the write changed nothing (asserting a fact with sources it already had). */
  revision: RevisionInfo | null;
  bookmarks: string[];
  /** True when this is the stored answer of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

/** Keys live a day: long enough for any client's retries, short enough to stay small. */
const IDEMPOTENCY_TTL_HOURS = 24;

/**
 * One write transaction as the mutations see it: statements, locks, the provenance check and the
 * change log that becomes the transaction's revision. Made afresh for each attempt of the driver.
 */
export class WriteScope {
  readonly changes: Array<Omit<ChangeRow, 'index'>> = [];
  readonly cited = new Set<string>();
  /** Strings the revision's reason must not hold (an erasure's): each becomes `[erased]`. */
  private scrubbed: readonly string[] = [];

  constructor(private readonly tx: WriteTransaction) {}

  run(query: CypherQuery) {
    return this.tx.run(query);
  }

  /** Locks the entities of `ids` that exist and reads them after the lock. */
  async lockEntities(ids: readonly string[]): Promise<Map<string, StoredEntity>> {
    const result = await this.tx.run(lockEntitiesQuery(ids));
    return new Map(result.records.map((record) => [String(record.get('id')), storedEntity(record.get('stored') as Record<string, unknown>)]));
  }

  /**
   * Every write of a fact cites at least one source, and each must be a live Source now. Sources
   * already cited in this transaction (checked, or created by it) are not asked again.
   */
  async requireSources(ids: readonly string[], argument: string): Promise<void> {
    if (ids.length === 0) {
      throw clientError(ErrorCode.PROVENANCE_REQUIRED, `${argument}: every fact must cite at least one source`, { argument });
    }
    const unchecked = ids.filter((id) => !this.cited.has(id));
    if (unchecked.length === 0) return;
    const result = await this.tx.run(existingSourcesQuery(unchecked));
    const found = new Set((result.records[0]?.get('found') as string[] | undefined) ?? []);
    const missing = [...new Set(unchecked)].filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw clientError(ErrorCode.SOURCE_NOT_FOUND, `${argument}: no source ${missing.map((id) => `"${id}"`).join(', ')}`, { argument, ids: missing });
    }
    for (const id of ids) this.cited.add(id);
  }

  record(change: Omit<ChangeRow, 'index'>): void {
    this.changes.push(change);
  }

  scrubReason(strings: readonly string[]): void {
    this.scrubbed = strings;
  }

  /** The reason as the revision keeps it. */
  reasonOf(reason: string | null): string | null {
    return reason === null ? null : this.scrubbed.reduce((text, s) => text.split(s).join('[erased]'), reason);
  }
}

export function versionConflict(what: string, id: string, currentVersion: number): GraphQLError {
  return clientError(ErrorCode.VERSION_CONFLICT, `${what} "${id}" is at version ${currentVersion}: reload it and apply the change again`, {
    id,
    currentVersion,
  });
}

/** A create that lost the race to the id constraint is ALREADY_EXISTS, like one that lost it earlier. */
function mapConstraintError(error: unknown): unknown {
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return clientError(ErrorCode.ALREADY_EXISTS, 'An entity with this id was just created by another write');
  }
  return error;
}

/**
 * Runs `work` and its revision in ONE transaction: all of it commits, or none (a thrown error, a
 * timeout, a lost database). With an Idempotency-Key, the key is claimed first (a concurrent retry
 * waits for it) and the answer is stored with the write, so a retry after a lost answer gets the
 * first answer and writes nothing.
 */
export async function runWrite<T>(
  runner: CypherRunner,
  meta: WriteMeta,
  work: (scope: WriteScope) => Promise<T>,
  timeoutMs?: number,
): Promise<WriteOutcome<T>> {
  try {
    const committed = await runner.writeTransaction(
      `write.${meta.mutation}`,
      async (tx) => {
        if (meta.idempotency !== undefined) {
          const claimed = (await tx.run(claimIdempotencyKeyQuery(meta.idempotency.key))).records[0];
          const storedHash = claimed?.get('requestHash') as string | null;
          if (storedHash !== null && storedHash !== undefined) {
            if (storedHash !== meta.idempotency.requestHash) {
              throw clientError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was used for another request; use a new key');
            }
            const stored = JSON.parse(String(claimed?.get('result'))) as { value: T; revision: RevisionInfo | null; erased?: true };
            // An erasure since removed what the first answer named: there is nothing left to answer with.
            if (stored.erased === true) throw clientError(ErrorCode.NOT_FOUND, 'What this request wrote has since been erased', { erased: true });
            return { ...stored, replayed: true };
          }
        }
        const scope = new WriteScope(tx);
        const value = await work(scope);
        const answer = meta.idempotency === undefined
          ? null
          : { key: meta.idempotency.key, requestHash: meta.idempotency.requestHash, valueJson: JSON.stringify(value), ttlHours: IDEMPOTENCY_TTL_HOURS };
        const revision = await recordRevision(tx, scope, meta, answer);
        // A write that changed nothing has no revision to store its answer with.
        if (answer !== null && revision === null) {
          await tx.run(storeIdempotencyKeyQuery(answer.key, answer.requestHash, JSON.stringify({ value, revision }), answer.ttlHours));
        }
        return { value, revision, replayed: false };
      },
      timeoutMs,
    );
    return { ...committed.value, bookmarks: committed.bookmarks };
  } catch (error) {
    throw mapConstraintError(error);
  }
}

/** The revision of the scope's changes, if any, with the answer kept under its Idempotency-Key. */
async function recordRevision(tx: WriteTransaction, scope: WriteScope, meta: WriteMeta, answer: StoredAnswer | null): Promise<RevisionInfo | null> {
  if (scope.changes.length === 0) return null;
  const changes = scope.changes.map((change, index) => ({ ...change, index }));
  const reason = scope.reasonOf(meta.reason);
  const recorded = (
    await tx.run(
      recordRevisionQuery(
        {
          actor: meta.actor,
          reason,
          mutation: meta.mutation,
          sources: [...scope.cited].sort(),
          entityIds: [...new Set(changes.filter((c) => c.targetKind === 'ENTITY').map((c) => c.targetId))],
          relationshipIds: [...new Set(changes.filter((c) => c.targetKind === 'RELATIONSHIP').map((c) => c.targetId))],
        },
        changes,
        answer,
      ),
    )
  ).records[0];
  return { seq: toNumber(recorded.get('seq')), at: String(recorded.get('at')), actor: meta.actor, reason };
}
