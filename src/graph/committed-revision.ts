import type { CypherRunner } from './cypher-runner';
import { toNumber } from './values';

/*
 * The state of the whole graph in one number, for HTTP caching (src/http/conditional-get.ts): the
 * committed revision counter, read by one small query per conditional request, apart from the
 * operation's own round trips. Every write takes its seq under the counter's lock until it commits
 * (history.md), so an unchanged counter means no write committed in between, on any API instance.
 */

/** The graph's state as one read saw it. */
export interface CommittedRevision {
  /** The counter's committed value: the seq of the last revision (0 before any). */
  readonly seq: number;
  /**
   * False when revision `seq` is not yet in the `Revision.seq` index although the counter shows it:
   * Neo4j applies a commit's index updates after its property updates (docs/live.md, "the hole below
   * the counter"), so that commit's other index entries may not be readable yet either. An answer read
   * now might miss part of revision `seq`: it must not be tagged with it.
   */
  readonly settled: boolean;
  /** The database's clock, epoch milliseconds: `knownAt` moments are compared with it, not the API's. */
  readonly nowMs: number;
}

/** One read of the counter, whether its last revision is indexed yet, and the database's clock. */
export async function readCommittedRevision(runner: CypherRunner): Promise<CommittedRevision> {
  const result = await runner.read({
    name: 'http.committedRevision',
    cypher: `OPTIONAL MATCH (counter:RevisionSequence {name: 'revisions'})
WITH coalesce(counter.last, 0) AS last
RETURN last, last = 0 OR EXISTS { MATCH (rev:Revision) WHERE rev.seq = last } AS settled, datetime().epochMillis AS nowMs`,
    params: {},
  });
  const record = result.records[0];
  return { seq: toNumber(record.get('last')), settled: record.get('settled') === true, nowMs: toNumber(record.get('nowMs')) };
}
