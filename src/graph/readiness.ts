import type { CypherRunner } from './cypher-runner';

/**
 * Indexes the API cannot serve without: the unique-id constraint's index (the key of every lookup)
 * and both full-text indexes (search). Names as in `schema/*.cypher`.
 */
export const REQUIRED_INDEXES = ['entity_id', 'entity_search', 'entity_search_cjk'] as const;

/** The schema's state as readiness sees it: which required indexes are missing or not yet online. */
export interface SchemaState {
  readonly missing: string[];
  readonly notOnline: string[];
}

/** One cheap round trip: SHOW INDEXES reads the schema store, not the graph. */
export async function readSchemaState(runner: CypherRunner): Promise<SchemaState> {
  const result = await runner.read<{ name: string; state: string }>({
    name: 'ready.schema',
    cypher: 'SHOW INDEXES YIELD name, state WHERE name IN $names RETURN name, state',
    params: { names: [...REQUIRED_INDEXES] },
  });
  const states = new Map(result.records.map((record) => [record.get('name'), record.get('state')]));
  return {
    missing: REQUIRED_INDEXES.filter((name) => !states.has(name)),
    notOnline: REQUIRED_INDEXES.filter((name) => states.has(name) && states.get(name) !== 'ONLINE'),
  };
}
