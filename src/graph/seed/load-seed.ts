import type { CypherQuery, CypherRunner } from '../cypher-runner';
import { toNumber } from '../values';
import { checkExternalRefs } from './external-refs';
import type { SeedGraph } from './seed-format';
import {
  entityRow,
  graphIsEmptyQuery,
  mergeEntitiesQuery,
  mergeRelationshipsQuery,
  relationshipRow,
} from './seed-writes';
import { readSeedFolder, validateSeed } from './validate-seed';
import { recordSeedRevision } from '../write/seed-revision';

/**
 * The seed loader: validate everything first (files, then references into the database), write
 * only when all of it is sound. Writes are MERGEs keyed on ids, so loading again changes nothing,
 * and a folder of the user's own may extend a graph already loaded.
 */

export interface LoadSeedOptions {
  /** Told after each batch (and once at 0): records written so far and in all. */
  onProgress?(done: number, total: number): void;
  /** Records per write transaction. Defaults to 1000. */
  batchSize?: number;
}

export interface LoadSummary {
  entities: number;
  relationships: number;
  /** Paths of the files read, in load order (empty for a graph given in memory). */
  files: string[];
}

const DEFAULT_BATCH_SIZE = 1000;

/** Reads, validates and loads every `*.json` of `folder`. Throws SeedValidationError before any write. */
export async function loadSeed(runner: CypherRunner, folder: string, options: LoadSeedOptions = {}): Promise<LoadSummary> {
  const files = readSeedFolder(folder);
  const graph = validateSeed(files, { allowExternalRefs: true });
  const summary = await loadSeedGraph(runner, graph, options);
  return { ...summary, files: files.map((file) => file.path) };
}

/**
 * Loads a graph already validated by `validateSeed` (with `allowExternalRefs`), e.g. one generated
 * in memory. Its external references are checked against the database before anything is written.
 */
export async function loadSeedGraph(runner: CypherRunner, graph: SeedGraph, options: LoadSeedOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  await checkExternalRefs(runner, graph);

  const total = graph.entities.length + graph.relationships.length;
  let done = 0;
  options.onProgress?.(done, total);
  const changed = { entityIds: [] as string[], relationshipIds: [] as string[] };
  const write = async (query: CypherQuery, expected: number, into: string[]): Promise<void> => {
    const result = await runner.write(query);
    const written = toNumber(result.records[0]?.get('written') ?? 0);
    into.push(...((result.records[0]?.get('changed') as string[] | undefined) ?? []));
    // Only a relationship whose endpoint vanished since the check can fall out of a MATCH.
    if (written !== expected) throw new Error(`${query.name}: wrote ${written} of ${expected} records (an endpoint is missing)`);
    done += expected;
    options.onProgress?.(done, total);
  };

  // Entities first: relationships MATCH their endpoints.
  for (const [type, entities] of groupBy(graph.entities, (e) => e.type)) {
    for (const batch of chunks(entities, batchSize)) {
      await write(mergeEntitiesQuery(type, batch.map(entityRow)), batch.length, changed.entityIds);
    }
  }
  for (const [type, relationships] of groupBy(graph.relationships, (r) => r.type)) {
    for (const batch of chunks(relationships, batchSize)) {
      await write(mergeRelationshipsQuery(type, batch.map(relationshipRow)), batch.length, changed.relationshipIds);
    }
  }
  // The load as history: one revision by the actor `seed` naming what it created or changed. A load
  // that changed nothing records nothing, so loading twice still changes nothing.
  if (changed.entityIds.length + changed.relationshipIds.length > 0) await recordSeedRevision(runner, changed);
  return { entities: graph.entities.length, relationships: graph.relationships.length, files: [] };
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
