import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { isDate, isDateTime, isInt, type Driver, type EagerResult, type Integer, type Node } from 'neo4j-driver';
import { generateAll } from '../../bench/generate';
import { freePort, LauncherError, localDatabaseExists, startLocalNeo4j } from '../../neo4j/launcher';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { writeImportFiles } from '../../src/graph/seed/import-files';
import { applySchemaAroundLoad, loadSeedGraph } from '../../src/graph/seed/load-seed';
import type { SeedGraph } from '../../src/graph/seed/seed-format';
import { validateSeed } from '../../src/graph/seed/validate-seed';
import { importPrivateNeo4j, startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j';
import { seedRevisions } from '../support/seed-revisions';

/*
 * The offline first load (Neo4j's importer from CSV files, then the schema and the seed revision)
 * against the Cypher loader: the same graph, loaded each way into an empty database of its own,
 * must come out the same, nasty strings included.
 */

jest.setTimeout(600_000);

/** Records whose text a CSV writer gets wrong: quotes, separators, line breaks, other scripts, empty lists. */
const NASTY = validateSeed(
  [
    {
      path: 'nasty.json',
      content: {
        entities: [
          { type: 'SOURCE', id: 'nasty-source', name: 'A "source", quoted', title: 'Line one\nline two, "quoted"; semi', url: 'https://example.com/a?b=1,2;c="d"', publishedOn: '2024-02', sources: ['nasty-source'] },
          { type: 'PERSON', id: 'nasty-person', name: '  Padded, "Name"  ', aliases: ['岸田文雄', 'a;b', 'c,d', '"e"', 'f\ng', 'Ωμέγα 🙂', '\\"escaped\\"'], description: 'Carriage\r\nreturn and ""double"" quotes,,,', sources: ['nasty-source'] },
          { type: 'TOPIC', id: 'nasty-topic', name: '123', aliases: [], description: 'true', sources: ['nasty-source'], propertySources: { description: ['nasty-source'] } },
          { type: 'EVENT', id: 'nasty-event', name: 'サム・アルトマン, "event"', category: 'MEETING', startDate: '2023-05', endDate: '2023-05-21', signatories: 12, sources: ['nasty-source'] },
          { type: 'COUNTRY', id: 'nasty-region', name: 'Region; with\ttab', sources: ['nasty-source'] },
          { type: 'ORGANIZATION', id: 'nasty-org', name: 'Org\n', aliases: [], category: 'COMPANY', sources: ['nasty-source'] },
        ],
        relationships: [
          { from: 'nasty-person', type: 'HOLDS_POSITION', to: 'nasty-org', title: 'CEO, "acting"\nthen CEO', role: 'a;b', since: '2020', until: '2021-03', sources: ['nasty-source'], propertySources: { title: ['nasty-source'] } },
          { from: 'nasty-person', type: 'PARTICIPATED_IN', to: 'nasty-event', sources: ['nasty-source'] },
        ],
      },
    },
  ],
  { allowExternalRefs: false },
);

function testGraph(): SeedGraph {
  const generated = generateAll(2000, 7);
  return {
    entities: [...generated.entities, ...NASTY.entities],
    relationships: [...generated.relationships, ...NASTY.relationships],
    externalRefs: [],
  };
}

/** A value with its type, so an integer stored as a float, or a date as a string, differs. */
function typed(value: unknown): unknown {
  if (isInt(value)) return `int:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (value !== null && typeof value === 'object' && isDate(value)) return `date:${value.toString()}`;
  if (Array.isArray(value)) return value.map(typed);
  return value;
}

/** Every node but the history's, and every relationship, with its properties but the system times `recordedAt` and `loadedAt`. */
async function canonicalDump(driver: Driver): Promise<string[]> {
  const props = (raw: Record<string, unknown>): [string, unknown][] =>
    Object.entries(raw)
      .filter(([key]) => key !== 'recordedAt' && key !== 'loadedAt')
      .map(([key, value]): [string, unknown] => [key, typed(value)])
      .sort(([a], [b]) => a.localeCompare(b));
  const nodes = await driver.executeQuery<EagerResult<{ labels: string[]; props: Record<string, unknown>; types: string[] }>>(
    `MATCH (n) WHERE NOT n:Revision AND NOT n:RevisionSequence AND NOT n:LoadedIds
     RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
  );
  const rels = await driver.executeQuery<EagerResult<{ from: string; type: string; to: string; props: Record<string, unknown>; types: string[] }>>(
    `MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props, [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
  );
  return [
    ...nodes.records.map((r) => JSON.stringify({ labels: [...r.get('labels')].sort(), props: props(r.get('props')), types: [...r.get('types')].sort() })),
    ...rels.records.map((r) => JSON.stringify({ from: r.get('from'), type: r.get('type'), to: r.get('to'), props: props(r.get('props')), types: [...r.get('types')].sort() })),
  ].sort();
}

async function revisions(driver: Driver): Promise<{ actor: string; entityIds: string[]; relationshipIds: string[] }[]> {
  return (await seedRevisions(driver)).map((r) => ({ actor: r.actor, entityIds: [...r.entityIds].sort(), relationshipIds: [...r.relationshipIds].sort() }));
}

async function count(driver: Driver, cypher: string): Promise<number> {
  return (await driver.executeQuery<EagerResult<{ n: Integer }>>(cypher)).records[0].get('n').toNumber();
}

describe('The offline first load', () => {
  const graph = testGraph();
  let offline: PrivateNeo4j;
  let cypher: PrivateNeo4j;
  let offlineDriver: Driver;
  let cypherDriver: Driver;

  beforeAll(async () => {
    offline = await importPrivateNeo4j(graph);
    offlineDriver = neo4j.driver(offline.uri, neo4j.auth.basic('neo4j', 'unused'));

    cypher = await startPrivateNeo4j();
    cypherDriver = neo4j.driver(cypher.uri, neo4j.auth.basic('neo4j', 'unused'));
    const runner = new CypherRunner(cypherDriver, { queryTimeoutMs: 120_000 });
    const buildIndexes = await applySchemaAroundLoad(runner);
    await loadSeedGraph(runner, graph);
    await buildIndexes();
  });
  afterAll(async () => {
    await offlineDriver?.close();
    await cypherDriver?.close();
    await offline?.dispose();
    await cypher?.dispose();
  });

  it('makes the graph the Cypher loader makes, every property of every record alike', async () => {
    const imported = await canonicalDump(offlineDriver);
    expect(imported).toHaveLength(graph.entities.length + graph.relationships.length);
    expect(imported).toEqual(await canonicalDump(cypherDriver));
  });

  it('keeps quotes, commas, semicolons, line breaks, other scripts and empty lists as they were', async () => {
    const person = (await offlineDriver.executeQuery<EagerResult<{ e: Node<Integer, { name: string; aliases: string[]; description: string }> }>>('MATCH (e:Entity {id: "nasty-person"}) RETURN e')).records[0].get('e').properties;
    expect(person.name).toBe('  Padded, "Name"  ');
    expect(person.aliases).toEqual(['岸田文雄', 'a;b', 'c,d', '"e"', 'f\ng', 'Ωμέγα 🙂', '\\"escaped\\"']);
    expect(person.description).toBe('Carriage\r\nreturn and ""double"" quotes,,,');
    const topic = (await offlineDriver.executeQuery<EagerResult<{ e: Node }>>('MATCH (e:Entity {id: "nasty-topic"}) RETURN e')).records[0].get('e').properties;
    expect(topic).toMatchObject({ name: '123', aliases: [], description: 'true', propertySources: ['description:nasty-source'] });
  });

  it('gives every record a recordedAt, one instant for the whole import', async () => {
    for (const driver of [offlineDriver, cypherDriver]) {
      expect(await count(driver, 'MATCH (e:Entity) WHERE e.recordedAt IS NULL RETURN count(e) AS n')).toBe(0);
      expect(await count(driver, 'MATCH (:Entity)-[r]->(:Entity) WHERE r.recordedAt IS NULL RETURN count(r) AS n')).toBe(0);
    }
    const instants = await offlineDriver.executeQuery('MATCH (e:Entity) RETURN e.recordedAt AS at UNION MATCH (:Entity)-[r]->(:Entity) RETURN r.recordedAt AS at');
    expect(instants.records).toHaveLength(1);
    expect(isDateTime(instants.records[0].get('at'))).toBe(true);
  });

  it('builds every index of the schema, online', async () => {
    const indexes = async (driver: Driver) =>
      (await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).records.map((r) => `${r.get('name')}:${r.get('state')}`);
    const imported = await indexes(offlineDriver);
    expect(imported.filter((index) => !index.endsWith(':ONLINE'))).toEqual([]);
    expect(imported).toEqual(await indexes(cypherDriver));
    expect(imported).toEqual(expect.arrayContaining(['entity_id:ONLINE', 'entity_search:ONLINE', 'relationship_fact_sources:ONLINE']));
  });

  it('records one seed revision naming every entity and relationship', async () => {
    const expected = [
      {
        actor: 'seed',
        entityIds: graph.entities.map((e) => e.id).sort(),
        relationshipIds: graph.relationships.map((r) => r.id).sort(),
      },
    ];
    expect(await revisions(offlineDriver)).toEqual(expected);
    expect(await revisions(cypherDriver)).toEqual(expected);
  });

  describe('the launcher', () => {
    let folder: string;
    let manifest: string;

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'kg-import-test-'));
      manifest = (await writeImportFiles(folder, [NASTY], new Date().toISOString())).manifest;
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('refuses to import into a folder whose database exists, and leaves that database as it was', async () => {
      await offline.stop();
      expect(localDatabaseExists(offline.dir)).toBe(true);
      const started = startLocalNeo4j({ dir: offline.dir, boltPort: await freePort(), heap: '512m', importFrom: manifest, output: () => undefined });
      await expect(started).rejects.toThrow(LauncherError);
      await expect(started).rejects.toThrow(/already exists/);

      await offline.start();
      expect(await count(offlineDriver, 'MATCH (e:Entity) RETURN count(e) AS n')).toBe(graph.entities.length);
    });

    it('starts nothing and leaves no store when the import fails', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-import-test-'));
      try {
        // A relationship to an entity the files do not hold: the importer stops at it.
        const dangling = { ...NASTY.relationships[1], id: 'nasty-person:PARTICIPATED_IN:missing', to: 'missing' };
        const bad = await writeImportFiles(dir, [{ entities: NASTY.entities, relationships: [dangling], externalRefs: [] }], new Date().toISOString());
        const home = path.join(dir, 'home');
        const started = startLocalNeo4j({ dir: home, boltPort: await freePort(), heap: '512m', importFrom: bad.manifest, output: () => undefined });
        await expect(started).rejects.toThrow(/the import from .* failed/);
        expect(localDatabaseExists(home)).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
