import type { CypherQuery, CypherRunner } from '../cypher-runner';
import { toNumber } from '../values';
import { checkExternalRefs } from './external-refs';
import type { SeedGraph } from './seed-format';
import {
  createNewEntitiesQuery,
  createNewRelationshipsQuery,
  createRow,
  entityRow,
  graphIsEmptyQuery,
  mergeEntitiesQuery,
  mergeRelationshipsQuery,
  relationshipRow,
} from './seed-writes';
import { readSeedFolder, validateSeed } from './validate-seed';
import { recordSeedOverwrite, recordSeedRevision } from '../write/seed-revision';
import { reconcileWithCuration, type SeedConflict } from './seed-curation';
import { applyGraphSchema } from '../graph-schema';

/**
 * The seed loader: validate everything first (files, then references into the database), write
 * only when all of it is sound. Writes are MERGEs keyed on ids, so loading again changes nothing,
 * and a folder of the user's own may extend a graph already loaded.
 */

export interface LoadSeedOptions {
  /** Told after each batch (and once at 0): records written so far and in all. */
  onProgress?(done: number, total: number): void;
  /** Records per write transaction. Defaults to {@link DEFAULT_BATCH_SIZE}. */
  batchSize?: number;
  /** Entity write transactions in flight at once. Defaults to {@link DEFAULT_CONCURRENCY}. */
  concurrency?: number;
  /**
   * Write the files' values over fields that curation changed since a record's last load, recording
   * the overwrite as a revision with this reason. Without it, curated values are kept (the default).
   */
  force?: { reason: string };
}

export interface LoadSummary {
  entities: number;
  relationships: number;
  /** Paths of the files read, in load order (empty for a graph given in memory). */
  files: string[];
  /**
   * The fields where the files and curation since a record's last load disagree: kept as curated,
   * or, with `force`, overwritten (and recorded in the revision `overwriteSeq`).
   */
  conflicts: SeedConflict[];
  /** With `force` and conflicts: the seq of the revision that records the overwrite. */
  overwriteSeq: number | null;
}

/*
 * Chosen by measurement (docs/performance.md): 5 000 records per transaction amortise the commit
 * and the query's start-up, and two entity transactions in flight keep Neo4j's two cores busy while
 * the driver packs the next batch. Relationships are written one transaction at a time whatever the
 * setting: each locks both of its ends, two batches meet on the same hubs, and a deadlock retries a
 * whole batch (measured: twice the time with two in flight).
 */
export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_CONCURRENCY = 2;

/** Reads, validates and loads every `*.json` of `folder`. Throws SeedValidationError before any write. */
export async function loadSeed(runner: CypherRunner, folder: string, options: LoadSeedOptions = {}): Promise<LoadSummary> {
  const files = readSeedFolder(folder);
  const graph = validateSeed(files, { allowExternalRefs: true });
  const summary = await loadSeedGraph(runner, graph, options);
  return { ...summary, files: files.map((file) => file.path) };
}

interface Batch {
  create: CypherQuery;
  merge(rowsLeft: ReadonlySet<string>): CypherQuery;
  ids: string[];
  into: string[];
}

/**
 * Loads a graph already validated by `validateSeed` (with `allowExternalRefs`), e.g. one generated
 * in memory. Its external references are checked against the database before anything is written.
 * Each batch is one transaction: the records new to the graph are CREATEd, the others MERGEd with a
 * version bump where they changed.
 */
export async function loadSeedGraph(runner: CypherRunner, given: SeedGraph, options: LoadSeedOptions = {}): Promise<LoadSummary> {
  let graph = given;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  await checkExternalRefs(runner, graph);
  if (options.force !== undefined && options.force.reason.trim() === '') throw new RangeError('force needs a reason, recorded in its revision');
  const counts = { entities: graph.entities.length, relationships: graph.relationships.length };
  const reconciled = await reconcileWithCuration(runner, graph, options.force !== undefined);
  graph = reconciled.graph;
  const markLoaded = <R extends { id: string }>(row: R): R & { markLoaded: boolean } => ({ ...row, markLoaded: !reconciled.kept.has(row.id) });

  const total = graph.entities.length + graph.relationships.length;
  let done = 0;
  options.onProgress?.(done, total);
  const changed = { entityIds: [] as string[], relationshipIds: [] as string[] };
  const write = async (batch: Batch): Promise<void> => {
    await runner.writeTransaction(batch.create.name, async (tx) => {
      const created = new Set((await tx.run(batch.create)).records[0]?.get('created') as string[]);
      const left = new Set(batch.ids.filter((id) => !created.has(id)));
      const merged: string[] = [];
      if (left.size > 0) {
        const query = batch.merge(left);
        const result = await tx.run(query);
        const written = toNumber(result.records[0]?.get('written') ?? 0);
        // Only a relationship whose endpoint vanished since the check can fall out of a MATCH.
        if (written !== left.size) throw new Error(`${query.name}: wrote ${written} of ${left.size} records (an endpoint is missing)`);
        merged.push(...((result.records[0]?.get('changed') as string[] | undefined) ?? []));
      }
      return [...created, ...merged];
    }).then(({ value }) => batch.into.push(...value));
    done += batch.ids.length;
    options.onProgress?.(done, total);
  };

  // Entities first: relationships MATCH their endpoints.
  const entityBatches: Batch[] = [];
  for (const [type, entities] of groupBy(graph.entities, (e) => e.type)) {
    for (const batch of chunks(entities, batchSize)) {
      const rows = batch.map(entityRow);
      entityBatches.push({
        create: createNewEntitiesQuery(type, rows.map(createRow)),
        merge: (left) => mergeEntitiesQuery(type, rows.filter((row) => left.has(row.id)).map(markLoaded)),
        ids: rows.map((row) => row.id),
        into: changed.entityIds,
      });
    }
  }
  await inParallel(entityBatches, concurrency, write);
  // Grouped by type, so each statement has one relationship type and finds both ends by the id constraint.
  const relationshipBatches: Batch[] = [];
  for (const [type, relationships] of groupBy(graph.relationships, (r) => r.type)) {
    for (const batch of chunks(relationships, batchSize)) {
      const rows = batch.map(relationshipRow);
      relationshipBatches.push({
        create: createNewRelationshipsQuery(type, rows.map(createRow)),
        merge: (left) => mergeRelationshipsQuery(type, rows.filter((row) => left.has(row.id)).map(markLoaded)),
        ids: rows.map((row) => row.id),
        into: changed.relationshipIds,
      });
    }
  }
  await inParallel(relationshipBatches, 1, write);
  // The load as history: one revision by the actor `seed` naming what it created or changed. A load
  // that changed nothing records nothing, so loading twice still changes nothing.
  if (changed.entityIds.length + changed.relationshipIds.length > 0) await recordSeedRevision(runner, changed);
  const overwritten = reconciled.conflicts.filter((conflict) => conflict.overwritten);
  const overwriteSeq = options.force !== undefined && overwritten.length > 0 ? await recordSeedOverwrite(runner, options.force.reason, overwritten) : null;
  return { ...counts, files: [], conflicts: reconciled.conflicts, overwriteSeq };
}

/**
 * Runs `work` over `items` with at most `limit` at once; the first failure stops new work and is
 * thrown once the work in flight has settled, so no transaction is left running behind the error.
 */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== undefined) throw failure.error;
}

/**
 * Applies the schema for a load and returns what to run once the load is done. Into an empty graph
 * only the constraints come first (the loader's lookups by id need them) and every other index is
 * built after the load: populating an index once over a million entities is several times cheaper
 * than updating it row by row, above all the full-text ones. A load that fails half-way leaves the
 * indexes to the next start, which applies the whole schema.
 */
export async function applySchemaAroundLoad(runner: CypherRunner, folder?: string): Promise<() => Promise<void>> {
  if (!(await isGraphEmpty(runner))) {
    await applyGraphSchema(runner, folder);
    return async () => undefined;
  }
  await applyGraphSchema(runner, folder, 'constraints');
  return () => applyGraphSchema(runner, folder);
}

/** True when the database holds no entity: `npm start` then loads the shipped seed. */
export async function isGraphEmpty(runner: CypherRunner): Promise<boolean> {
  const result = await runner.read(graphIsEmptyQuery());
  return result.records[0]?.get('empty') === true;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
