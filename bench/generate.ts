import type { SeedEntity, SeedGraph, SeedRelationship } from '../src/graph/seed/seed-format';
import { generateEntity } from './generate/entities';
import { KIND_ORDER, planGraph, type GraphPlan } from './generate/plan';
import { generateRelationships } from './generate/relationships';

/**
 * The synthetic graph generator: `scale` entities of every kind, ~5 relationships each with a few hubs
 * and many leaves, dated and sourced, Latin and Japanese names. Deterministic for a (scale, seed) pair.
 * It yields SeedGraph chunks, already in the loader's validated shape, so the project's own loader
 * (`loadSeedGraph`) writes them: entities first, then relationships (which MATCH their ends).
 */

export { planGraph, type GraphPlan } from './generate/plan';

export interface GraphChunk extends SeedGraph {
  /** What this chunk holds, for the progress bar. */
  phase: 'entities' | 'relationships';
}

/** Every (kind, index) in a stable order. */
function* entityKeys(plan: GraphPlan): Generator<[(typeof KIND_ORDER)[number], number]> {
  for (const type of KIND_ORDER) {
    for (let index = 0; index < plan.counts[type]; index += 1) yield [type, index];
  }
}

/** The whole graph in chunks of about `chunkSize` records; memory stays that of one chunk. */
export function* generateGraph(plan: GraphPlan, chunkSize = 20_000): Generator<GraphChunk> {
  let entities: SeedEntity[] = [];
  for (const [type, index] of entityKeys(plan)) {
    entities.push(generateEntity(plan, type, index));
    if (entities.length >= chunkSize) {
      yield { phase: 'entities', entities, relationships: [], externalRefs: [] };
      entities = [];
    }
  }
  if (entities.length > 0) yield { phase: 'entities', entities, relationships: [], externalRefs: [] };

  let relationships: SeedRelationship[] = [];
  for (const [type, index] of entityKeys(plan)) {
    relationships.push(...generateRelationships(plan, type, index));
    if (relationships.length >= chunkSize) {
      yield { phase: 'relationships', entities: [], relationships, externalRefs: [] };
      relationships = [];
    }
  }
  if (relationships.length > 0) yield { phase: 'relationships', entities: [], relationships, externalRefs: [] };
}

/** The whole graph in memory: for tests and small scales only. */
export function generateAll(scale: number, seed: number): SeedGraph {
  const graph: SeedGraph = { entities: [], relationships: [], externalRefs: [] };
  for (const chunk of generateGraph(planGraph(scale, seed))) {
    graph.entities.push(...chunk.entities);
    graph.relationships.push(...chunk.relationships);
  }
  return graph;
}
