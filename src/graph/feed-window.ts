import type { CypherRunner } from './cypher-runner';
import { int, toNumber } from './values';

/*
 * The change feed as subscriptions follow it: a window of seqs after a position, read only up to the
 * counter's committed value (history.repository.ts says why that misses nothing), with what a
 * subscription's filters need of each revision. The revision itself, as a client selected it, is
 * projected per event by the planner (continuation.ts, `ChangeEvent.revision`).
 */

/** What the filters of a subscription need to know of one revision. */
export interface FeedRevision {
  readonly seq: number;
  /** The sources it cited. */
  readonly sources: readonly string[];
  /** Ids of the entities and relationships its change records are about (erased ones left out). */
  readonly targets: readonly string[];
  /** Its change records' operations (CREATE, UPDATE, ...; LOAD for a seed load). */
  readonly ops: readonly string[];
  /** For a seed load: which of the watched entity ids it loaded (or loaded a relationship of). */
  readonly loaded: readonly string[];
}

/** One window read: the revisions in it, and the seq it was read up to (the next window starts after it). */
export interface FeedWindow {
  readonly revisions: FeedRevision[];
  readonly upto: number;
  /** True when the window ended at the committed counter: nothing later has committed yet. */
  readonly caughtUp: boolean;
}

/** Revisions a window spans at most: one query stays small however far behind a reader is. */
export const FEED_WINDOW = 100;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * The revisions with seq in (`after`, min(after + `window`, committed counter)], in seq order.
 * `watched` are entity ids whose presence in a seed load must be checked: a seed load names its ids
 * in `LoadedIds` nodes rather than change records (seed-revision.ts), and may name many.
 */
export async function readFeedWindow(runner: CypherRunner, after: number, watched: readonly string[], window = FEED_WINDOW): Promise<FeedWindow> {
  let read = await readWindowOnce(runner, after, watched, window);
  for (const delayMs of GAP_WAITS_MS) {
    if (isComplete(read, after)) return read;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    read = await readWindowOnce(runner, after, watched, window);
  }
  if (isComplete(read, after)) return read;
  // Still a hole after a second. Revisions are never deleted, so it will fill: the window ends before
  // it, not caught up, and the next read starts at the hole rather than skipping it for good.
  const hole = read.revisions.findIndex((revision, index) => revision.seq !== after + 1 + index);
  const run = hole === -1 ? read.revisions.length : hole;
  return { revisions: read.revisions.slice(0, run), upto: after + run, caughtUp: false };
}

/*
 * Neo4j applies a committed transaction's property updates before its index updates (the commit
 * order: store records first, index operations last), so a reader can see the counter at n while
 * revision n is not yet in the `Revision.seq` index the window's MATCH seeks: the window comes back
 * with a hole. Seqs are handed out without gaps, so a hole means "read again": a few short waits,
 * then the run of seqs before the hole.
 */
const GAP_WAITS_MS = [10, 40, 150, 800];

/** Whether `read` holds every seq of (after, upto]. */
function isComplete(read: FeedWindow, after: number): boolean {
  return read.revisions.length === read.upto - after && read.revisions.every((revision, index) => revision.seq === after + 1 + index);
}

async function readWindowOnce(runner: CypherRunner, after: number, watched: readonly string[], window: number): Promise<FeedWindow> {
  // A seed load touches `w` when it loaded `w` or a relationship from or to it (`from:TYPE:to`).
  const touches = (holder: string) =>
    `(w IN coalesce(${holder}.entityIds, []) OR any(r IN coalesce(${holder}.relationshipIds, []) WHERE split(r, ':')[0] = w OR split(r, ':')[2] = w))`;
  const result = await runner.read({
    name: 'live.feedWindow',
    cypher: `OPTIONAL MATCH (counter:RevisionSequence {name: 'revisions'})
WITH coalesce(counter.last, 0) AS last
WITH last, CASE WHEN last < $after + $window THEN last ELSE $after + $window END AS upto
CALL (upto) {
  MATCH (rev:Revision) WHERE rev.seq > $after AND rev.seq <= upto
  WITH rev ORDER BY rev.seq
  RETURN collect({
    seq: rev.seq,
    sources: coalesce(rev.sources, []),
    targets: COLLECT { MATCH (rev)-[:RECORDS]->(c:RevisionChange) WHERE c.targetId IS NOT NULL AND c.erased IS NULL AND c.op <> 'ERASE' RETURN DISTINCT c.targetId },
    ops: CASE WHEN rev.mutation = 'loadSeed' THEN ['LOAD'] ELSE COLLECT { MATCH (rev)-[:RECORDS]->(c:RevisionChange) RETURN DISTINCT c.op } END,
    loaded: CASE WHEN rev.mutation = 'loadSeed' AND size($watched) > 0 THEN [w IN $watched WHERE
      ${touches('rev')} OR
      EXISTS { MATCH (rev)-[:LOADED]->(l:LoadedIds) WHERE ${touches('l')} }] ELSE [] END
  }) AS revisions
}
RETURN last, upto, revisions`,
    params: { after: int(after), window: int(window), watched: [...watched] },
  });
  const record = result.records[0];
  const last = toNumber(record.get('last'));
  const upto = Math.max(after, toNumber(record.get('upto')));
  const revisions = (record.get('revisions') as Array<Record<string, unknown>>).map((raw) => ({
    seq: toNumber(raw.seq),
    sources: strings(raw.sources),
    targets: strings(raw.targets),
    ops: strings(raw.ops),
    loaded: strings(raw.loaded),
  }));
  return { revisions, upto, caughtUp: upto >= last };
}

/** The committed counter: the seq of the last revision every reader can see. */
export async function committedSeq(runner: CypherRunner): Promise<number> {
  const result = await runner.read({
    name: 'live.committedSeq',
    cypher: "OPTIONAL MATCH (counter:RevisionSequence {name: 'revisions'}) RETURN coalesce(counter.last, 0) AS last",
    params: {},
  });
  return toNumber(result.records[0].get('last'));
}

/** What a subscription to the feed keeps; null or empty means no filter of that kind. */
export interface FeedFilter {
  readonly entity?: string | null;
  readonly source?: string | null;
  readonly ops?: readonly string[] | null;
}

/** True when `id`, an entity id or a relationship id (`from:TYPE:to`), is about entity `entity`. */
function about(id: string, entity: string): boolean {
  if (id === entity) return true;
  const parts = id.split(':');
  return parts.length === 3 && (parts[0] === entity || parts[2] === entity);
}

/** Whether `revision` passes every filter of `filter`. */
export function matchesFilter(filter: FeedFilter, revision: FeedRevision): boolean {
  const { entity, source, ops } = filter;
  if (entity !== null && entity !== undefined && !revision.loaded.includes(entity) && !revision.targets.some((id) => about(id, entity))) return false;
  if (source !== null && source !== undefined && !revision.sources.includes(source)) return false;
  if (ops !== null && ops !== undefined && ops.length > 0 && !revision.ops.some((op) => ops.includes(op))) return false;
  return true;
}
