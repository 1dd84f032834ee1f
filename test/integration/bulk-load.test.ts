import neo4j, { type Driver, type EagerResult, type Integer, type Node } from 'neo4j-driver';
import { generateAll } from '../../bench/generate';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { EntityType } from '../../src/graph/enums';
import { applySchemaAroundLoad, loadSeedGraph } from '../../src/graph/seed/load-seed';
import type { SeedGraph } from '../../src/graph/seed/seed-format';
import { recordSeedRevision, LOADED_IDS_PER_NODE } from '../../src/graph/write/seed-revision';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j';
import { factsPerSourceCounted } from '../support/facts-per-source';
import { seedRevisions } from '../support/seed-revisions';
import { startTestServer } from '../support/test-server';

type Edges<T> = { edges: Array<{ node: T }> };

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
  const count = async (cypher: string): Promise<number> => (await driver.executeQuery<EagerResult<{ n: Integer }>>(cypher)).records[0].get('n').toNumber();

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
    expect(await count('MATCH (:Entity)-[r]->(:Entity) WHERE r.version <> 1 OR r.recordedAt IS NULL RETURN count(r) AS n')).toBe(0);
    expect(progress.at(-1)).toBe(graph.entities.length + graph.relationships.length);
    // Created records keep no null properties: the fast path drops them rather than storing nothing.
    const event = graph.entities.find((e) => e.type === EntityType.EVENT)!;
    const stored = (await driver.executeQuery<EagerResult<{ e: Node }>>('MATCH (e:Entity {id: $id}) RETURN e', { id: event.id })).records[0].get('e').properties;
    expect(stored).toMatchObject({ id: event.id, name: event.name, version: { low: 1, high: 0 } });
    expect(Object.values(stored)).not.toContain(null);
  });

  it('names every record of the load in its revision, and each record\'s history finds the load', async () => {
    const [load] = await seedRevisions(driver);
    expect([...load.entityIds].sort()).toEqual(graph.entities.map((e) => e.id).sort());
    expect([...load.relationshipIds].sort()).toEqual(graph.relationships.map((r) => r.id).sort());
    const perNode = (n: number) => Math.ceil(n / LOADED_IDS_PER_NODE);
    expect(await count(`MATCH (:Revision {seq: ${load.seq}})-[:LOADED]->(c:LoadedIds) RETURN count(c) AS n`)).toBe(
      perNode(graph.entities.length) + perNode(graph.relationships.length),
    );

    // A load naming more ids than one node holds: 30 entities, then relationships over three nodes,
    // the real ones last (the others need not exist for the revision to name them).
    const entities = graph.entities.slice(0, 30).map((e) => e.id);
    const real = graph.relationships.slice(0, 30);
    const relationshipIds = [...Array.from({ length: LOADED_IDS_PER_NODE + 20 }, (_, i) => `bulk-${i}:MEMBER_OF:bulk-org`), ...real.map((r) => r.id)];
    await recordSeedRevision(runner, { entityIds: entities, relationshipIds });
    const [wide] = await seedRevisions(driver);
    expect(wide).toMatchObject({ entityIds: entities, relationshipIds });
    expect(await count(`MATCH (:Revision {seq: ${wide.seq}})-[:LOADED]->(c:LoadedIds) RETURN count(c) AS n`)).toBe(3);

    const server = await startTestServer({ driver: neo4j.driver(database.uri, neo4j.auth.basic('neo4j', 'unused')) });
    try {
      // Its changes begin with its entities and go on with its relationships, across its nodes.
      const changes = await server.query<{ revision: { changes: Array<{ targetId: string; op: string; field: string }> } }>(
        `{ revision(seq: ${wide.seq}) { changes(first: 100) { targetId op field } } }`,
      );
      expect(changes.errors).toBeUndefined();
      expect(changes.data!.revision.changes.map((c) => c.targetId)).toEqual([...entities, ...relationshipIds.slice(0, 70)]);
      expect(changes.data!.revision.changes.every((c) => c.op === 'LOAD' && c.field === 'loaded')).toBe(true);

      // A relationship the third node names, and its start: the histories list both loads that named them.
      const outgoing = (r: (typeof real)[number]) => graph.relationships.filter((o) => o.from === r.from && o.type === r.type).length;
      const relationship = [...real].sort((a, b) => outgoing(a) - outgoing(b))[0];
      expect(outgoing(relationship)).toBeLessThanOrEqual(100);
      const history = await server.query<{ entity: { history: Edges<{ seq: number }>; relationships: Edges<{ id: string; history: Edges<{ seq: number }> }> } }>(
        `query ($id: ID!, $types: [RelationshipType!]) { entity(id: $id) {
          history { edges { node { seq } } }
          relationships(types: $types, direction: OUTGOING, first: 100) { edges { node { id history { edges { node { seq } } } } } }
        } }`,
        { id: relationship.from, types: [relationship.type] },
      );
      expect(history.errors).toBeUndefined();
      const seqs = (edges: Edges<{ seq: number }>) => edges.edges.map((edge) => edge.node.seq);
      const found = history.data!.entity.relationships.edges.find((edge) => edge.node.id === relationship.id);
      expect(found && seqs(found.node.history)).toEqual([wide.seq, load.seq]);
      const named = entities.includes(relationship.from) ? [wide.seq, load.seq] : [load.seq];
      expect(seqs(history.data!.entity.history)).toEqual(named);
    } finally {
      await server.stop();
    }
  });

  it('ranks the sources by their facts in the stats, a source nothing cites last', async () => {
    await driver.executeQuery("CREATE (:Entity:Source {id: 'bulk-load-uncited', name: 'Cited by nothing', sources: [], version: 1})");
    const sources = await count('MATCH (s:Source) RETURN count(s) AS n');
    expect(sources).toBeLessThanOrEqual(100);
    const server = await startTestServer({ driver: neo4j.driver(database.uri, neo4j.auth.basic('neo4j', 'unused')) });
    try {
      const read = await server.query<{ stats: { factsPerSource: Array<{ source: { id: string }; count: number }> } }>(
        `{ stats(topSources: ${sources}) { factsPerSource { source { id } count } } }`,
      );
      expect(read.errors).toBeUndefined();
      const listed = read.data!.stats.factsPerSource.map((entry) => [entry.source.id, entry.count]);
      expect(listed).toEqual(await factsPerSourceCounted(driver, sources));
      expect(listed.at(-1)).toEqual(['bulk-load-uncited', 0]);
    } finally {
      await server.stop();
      await driver.executeQuery("MATCH (s:Source {id: 'bulk-load-uncited'}) DELETE s");
    }
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
    const [changed, ...rest] = graph.entities.filter((e) => e.type === EntityType.TOPIC);
    const added = { ...rest[0], id: 'bulk-load-new-topic', name: 'A topic new to the graph' };
    await loadSeedGraph(runner, { entities: [{ ...changed, description: 'Described differently' }, added, ...rest], relationships: [], externalRefs: [] });
    const versions = await driver.executeQuery<EagerResult<{ id: string; version: Integer }>>('MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.version AS version', {
      ids: [changed.id, added.id, rest[1].id],
    });
    expect(Object.fromEntries(versions.records.map((r) => [r.get('id'), r.get('version').toNumber()]))).toEqual({
      [changed.id]: 2,
      [added.id]: 1,
      [rest[1].id]: 1,
    });
    const [revision] = await seedRevisions(driver);
    expect([...revision.entityIds].sort()).toEqual([changed.id, added.id].sort());
  });
});
