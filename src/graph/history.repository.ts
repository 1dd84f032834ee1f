import type { CypherRunner } from './cypher-runner';
import { encodeCursor, keyAfter } from './cursor';
import { revisionConnection } from './plan/fields/history';
import { revisionProjection } from './plan/fields/revision';
import { newCompiler, runPlanned, type PlannedQuery } from './plan/run';
import type { TypeSelection } from './plan/selection';
import { int } from './values';

/*
 * The root fields of the graph's memory: one revision by its seq, and the change feed. Both are one
 * query, projected as the client selected (fields/history.ts has the revision's fragments).
 *
 * Why the feed misses nothing: a revision's seq is taken from the one `RevisionSequence` node, whose
 * write lock the writing transaction holds until it commits (write/revision-statements.ts). A second
 * writer waits for that lock and reads the counter only after the first has committed, so a seq is
 * never handed out before every smaller seq is committed (or rolled back with its counter). A reader
 * that has seen seq n will therefore never later see a seq below n appear: paging by "seq greater
 * than the last one seen" neither skips nor repeats, whatever is written meanwhile. One query reads
 * only up to the counter's committed value, for the same reason within the query: an index scan may
 * meet entries committed after it began, and seq n+1 could commit behind the scan's position while
 * n+2 commits ahead of it; every seq up to the committed counter has committed before the scan.
 */

/** `revision(seq)`: null when there is none. */
export function revisionQuery(seq: number, selection: TypeSelection): PlannedQuery<object | null> {
  const compiler = newCompiler();
  const revision = revisionProjection(compiler, 'rev', selection);
  return {
    query: {
      name: 'history.revision',
      cypher: `MATCH (rev:Revision {seq: $seq})
RETURN ${revision.cypher} AS revision`,
      params: { ...compiler.params, seq: int(seq) },
    },
    decode: (result) => (result.records.length === 0 ? null : revision.decode(result.records[0].get('revision'))),
  };
}

/** The seq a feed cursor stands for, or 0 without one; BAD_USER_INPUT for a cursor of another list. */
export function feedSeqAfter(after: string | null | undefined): number {
  const key = keyAfter('changes', after, ['number']);
  return key === null ? 0 : (key[0] as number);
}

/** The feed's cursor: the seq of the revision it stands for, opaque to clients. */
export function feedCursor(seq: number): string {
  return encodeCursor('changes', [seq]);
}

/**
 * `changes(after, first)`: the revisions after seq `afterSeq` in seq order, a page at a time through
 * the seq's unique index. `totalCount` counts every revision.
 */
export function feedQuery(afterSeq: number, first: number, selection: TypeSelection): PlannedQuery<object> {
  const compiler = newCompiler();
  const connection = revisionConnection(compiler, 'rev', selection, { first, hasPrevious: afterSeq > 0 }, (seq) => feedCursor(seq));
  // Only seqs up to the counter's committed value: every one of them has committed, so a scan that
  // runs while writers commit cannot return a later seq and miss an earlier one still committing.
  // And only the run of seqs without a hole: Neo4j applies a commit's index updates after its
  // property updates (feed-window.ts), so revision n can be missing from the seq index while the
  // counter already says n. Seqs are never deleted, so the page ends before the hole, and the next
  // page (after the last cursor) finds it filled; a page that skipped it would lose it for good.
  const page = connection.needsPage
    ? `CALL () {
  OPTIONAL MATCH (counter:RevisionSequence {name: 'revisions'})
  WITH coalesce(counter.last, 0) AS last
  MATCH (rev:Revision) WHERE rev.seq > $after AND rev.seq <= last
  WITH rev ORDER BY rev.seq LIMIT $first
  WITH collect(rev) AS revs
  UNWIND [i IN range(0, size(revs) - 1) WHERE revs[i].seq = $after + 1 + i | revs[i]] AS rev
  RETURN collect(${connection.item}) AS page
}`
    : 'WITH [] AS page';
  const total = connection.needsTotal ? 'COUNT { MATCH (:Revision) }' : 'null';
  return {
    query: {
      name: 'history.changes',
      cypher: `${page}
RETURN page, ${total} AS total`,
      params: { ...compiler.params, after: int(afterSeq), first: int(connection.limit) },
    },
    decode: (result) => connection.decode(result.records[0].get('page'), result.records[0].get('total')),
  };
}

export class HistoryRepository {
  constructor(private readonly runner: CypherRunner) {}

  revision(seq: number, selection: TypeSelection): Promise<object | null> {
    return runPlanned(this.runner, revisionQuery(seq, selection));
  }

  feed(afterSeq: number, first: number, selection: TypeSelection): Promise<object> {
    return runPlanned(this.runner, feedQuery(afterSeq, first, selection));
  }
}
