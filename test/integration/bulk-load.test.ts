import neo4j, { type Driver } from 'neo4j-driver';
import { generateAll } from '../../bench/generate';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { applySchemaAroundLoad, loadSeedGraph } from '../../src/graph/seed/load-seed';
import type { SeedGraph } from '../../src/graph/seed/seed-format';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j';

/*
 * A bulk load into an empty database of its own (the shared one is seeded): the loader CREATEs what
 * is new and MERGEs what exists, in several batches at once, and the indexes other than the
 * constraints are built after the load.
 */

jest.setTimeout(240_000);

describe('A bulk load into an empty graph', () => {
  let database: PrivateNeo4j;
  let driver: Driver;
  let runner: CypherRunner;
  let graph: SeedGraph;

  const indexNames = async (): Promise<string[]> =>
    (await driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names')).records[0].get('names') as string[];
  const count = async (cypher: string): Promise<number> => (await driver.executeQuery(cypher)).records[0].get('n').toNumber();

  beforeAll(async () => {
    database = await startPrivateNeo4j();
    driver = neo4j.driver(database.uri, neo4j.auth.basic('neo4j', 'unused'));
    runner = new CypherRunner(driver, { queryTimeoutMs: 120_000 });
    graph = generateAll(2000, 7);
  });
  afterAll(async () => {
    await driver?.close();
    await database?.dispose();
  });

  it('builds the indexes after the load, and writes every record once at version 1', async () => {
    const buildIndexes = await applySchemaAroundLoad(runner);
    const during = await indexNames();
    expect(during).toContain('entity_id');
    expect(during).not.toContain('entity_search');
    expect(during).not.toContain('relationship_fact_sources');

    const progress: number[] = [];
    await loadSeedGraph(runner, graph, { batchSize: 300, concurrency: 3, onProgress: (done) => progress.push(done) });
    await buildIndexes();
    expect(await indexNames()).toEqual(expect.arrayContaining(['entity_search', 'entity_name', 'relationship_fact_sources', 'person_name']));

    expect(await count('MATCH (e:Entity) RETURN count(e) AS n')).toBe(graph.entities.length);
    expect(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n')).toBe(graph.relationships.length);
    expect(await count('MATCH (e:Entity) WHERE e.version <> 1 OR e.recordedAt IS NULL RETURN count(e) AS n')).toBe(0);
    expect(await count('MATCH ()-[r]->() WHERE r.version <> 1 OR r.recordedAt IS NULL RETURN count(r) AS n')).toBe(0);
    expect(progress.at(-1)).toBe(graph.entities.length + graph.relationships.length);
    // Created records keep no null properties: the fast path drops them rather than storing nothing.
    const event = graph.entities.find((e) => e.type === 'EVENT')!;
    const stored = (await driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e', { id: event.id })).records[0].get('e').properties;
    expect(stored).toMatchObject({ id: event.id, name: event.name, version: { low: 1, high: 0 } });
    expect(Object.values(stored)).not.toContain(null);
  });

  it('changes nothing when the same graph is loaded again', async () => {
    const revisions = await count('MATCH (v:Revision) RETURN count(v) AS n');
    await loadSeedGraph(runner, graph, { batchSize: 500 });
    expect(await count('MATCH (e:Entity) RETURN count(e) AS n')).toBe(graph.entities.length);
    expect(await count('MATCH ()-[r]->() WHERE r.version <> 1 RETURN count(r) AS n')).toBe(0);
    expect(await count('MATCH (e:Entity) WHERE e.version <> 1 RETURN count(e) AS n')).toBe(0);
    expect(await count('MATCH (v:Revision) RETURN count(v) AS n')).toBe(revisions);
  });

  it('creates what is new and versions what changed, in one load', async () => {
    const [changed, ...rest] = graph.entities.filter((e) => e.type === 'TOPIC');
    const added = { ...rest[0], id: 'bulk-load-new-topic', name: 'A topic new to the graph' };
    await loadSeedGraph(runner, { entities: [{ ...changed, description: 'Described differently' }, added, ...rest], relationships: [], externalRefs: [] });
    const versions = await driver.executeQuery('MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.version AS version', {
      ids: [changed.id, added.id, rest[1].id],
    });
    expect(Object.fromEntries(versions.records.map((r) => [r.get('id'), r.get('version').toNumber()]))).toEqual({
      [changed.id]: 2,
      [added.id]: 1,
      [rest[1].id]: 1,
    });
    const revision = await driver.executeQuery('MATCH (v:Revision) RETURN v.entityIds AS ids ORDER BY v.seq DESC LIMIT 1');
    expect([...(revision.records[0].get('ids') as string[])].sort()).toEqual([changed.id, added.id].sort());
  });
});
