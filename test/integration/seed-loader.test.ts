import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDate, isDateTime, isInt, type Driver, type EagerResult, type Integer, type Node, type Relationship } from 'neo4j-driver';
import { RelationshipType } from '../../src/schema/enums';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { applyGraphSchema, schemaStatements } from '../../src/graph/graph-schema';
import { isGraphEmpty, loadSeed } from '../../src/graph/seed/load-seed';
import { SeedValidationError } from '../../src/graph/seed/validate-seed';
import { schemaDir, seedDataDir } from '../../src/paths';
import { seedRevisions } from '../support/seed-revisions';
import { testDriver } from '../support/test-server';

/*
 * The loader against the shared test database, which the global setup seeded. Every test leaves
 * the shipped graph as it found it: other test files read it.
 */

/** Ids the user-folder tests create, deleted after each test. */
const USER_IDS = ['loader-test-topic', 'loader-test-event'];

function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (value !== null && typeof value === 'object' && isDate(value)) return value.toString();
  return value;
}

/** The whole graph of entities as plain data, ordered: equal snapshots mean unchanged facts (revisions are history, not facts). */
async function snapshot(driver: Driver): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const props = (raw: Record<string, unknown>) => Object.fromEntries(Object.entries(raw).map(([k, v]): [string, unknown] => [k, plain(v)]).sort());
  const nodes = await driver.executeQuery<EagerResult<{ labels: string[]; props: Record<string, unknown> }>>('MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id');
  const rels = await driver.executeQuery<EagerResult<{ from: string; type: string; to: string; props: Record<string, unknown> }>>(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY r.id',
  );
  return {
    nodes: nodes.records.map((r) => ({ labels: r.get('labels').sort(), ...props(r.get('props')) })),
    relationships: rels.records.map((r) => ({ from: r.get('from'), type: r.get('type'), to: r.get('to'), ...props(r.get('props')) })),
  };
}

async function counts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const result = await driver.executeQuery<EagerResult<{ n: Integer; r: Integer }>>('MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(:Entity) RETURN count(DISTINCT n) AS n, count(r) AS r');
  return { nodes: result.records[0].get('n').toNumber(), relationships: result.records[0].get('r').toNumber() };
}

/** The problems a load is refused with; fails the test if the folder loads. */
async function refusal(runner: CypherRunner, folder: string): Promise<string[]> {
  try {
    await loadSeed(runner, folder);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the folder to be refused');
}

const topic = { type: 'TOPIC', id: 'loader-test-topic', name: 'Loader test topic', sources: ['background'] };

describe('The seed loader', () => {
  let driver: Driver;
  let runner: CypherRunner;
  let folder: string;
  const write = (name: string, content: unknown): string => {
    const file = path.join(folder, name);
    writeFileSync(file, JSON.stringify(content));
    return file;
  };

  beforeAll(() => {
    driver = testDriver();
    runner = new CypherRunner(driver, { queryTimeoutMs: 60_000 });
  });
  afterAll(() => driver.close());
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-seed-loader-'));
  });
  afterEach(async () => {
    rmSync(folder, { recursive: true, force: true });
    await driver.executeQuery('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: USER_IDS });
  });

  it('changes nothing when the shipped seed is loaded again, and again', async () => {
    const before = await snapshot(driver);
    expect(before.nodes).toHaveLength(41);
    const summary = await loadSeed(runner, seedDataDir());
    expect(summary).toMatchObject({ entities: 41, relationships: before.relationships.length });
    expect(summary.files.map((file) => path.basename(file))).toEqual([
      'countries.json', 'events.json', 'organizations.json', 'people.json', 'products.json',
      'relationships-events.json', 'relationships-provenance.json', 'relationships.json', 'sources.json', 'topics.json',
    ]);
    expect(await snapshot(driver)).toEqual(before);
    await loadSeed(runner, seedDataDir(), { batchSize: 7 });
    expect(await snapshot(driver)).toEqual(before);
  });

  it('records a load that changed the graph as a revision by `seed`, and a load that changed nothing not at all', async () => {
    const revisions = async () => (await driver.executeQuery<EagerResult<{ n: Integer }>>("MATCH (v:Revision {actor: 'seed'}) RETURN count(v) AS n")).records[0].get('n').toNumber();
    const before = await revisions();
    expect(before).toBeGreaterThanOrEqual(1);
    await loadSeed(runner, seedDataDir());
    expect(await revisions()).toBe(before);
    write('mine.json', { entities: [topic] });
    await loadSeed(runner, folder);
    expect(await revisions()).toBe(before + 1);
    const [last] = await seedRevisions(driver);
    expect(last).toMatchObject({ actor: 'seed', entityIds: [topic.id], relationshipIds: [] });
  });

  it('reports progress batch by batch up to the total', async () => {
    const seen: Array<[number, number]> = [];
    await loadSeed(runner, seedDataDir(), { batchSize: 20, onProgress: (done, total) => seen.push([done, total]) });
    const total = 41 + 105; // the shipped entities and relationships
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([done], i) => i === 0 || done > seen[i - 1][0])).toBe(true);
  });

  it('says whether the database holds any entity', async () => {
    expect(await isGraphEmpty(runner)).toBe(false);
  });

  describe('refuses a bad folder, naming file and record, and writes nothing', () => {
    let before: { nodes: number; relationships: number };
    beforeEach(async () => {
      before = await counts(driver);
    });
    afterEach(async () => {
      expect(await counts(driver)).toEqual(before);
    });

    it('an unknown relationship type', async () => {
      const file = write('extra.json', {
        entities: [topic],
        relationships: [{ from: 'sam-altman', type: 'HOLDS_POSITON', to: 'openai', sources: ['background'] }],
      });
      expect(await refusal(runner, folder)).toEqual([
        `${file}: relationships[0] (sam-altman HOLDS_POSITON openai): unknown relationship type "HOLDS_POSITON"`,
      ]);
    });

    it('a relationship to an id neither the folder nor the database holds', async () => {
      const file = write('extra.json', {
        entities: [topic],
        relationships: [{ from: 'loader-test-topic', type: 'REFERS_TO', to: 'no-such-entity', sources: ['background'] }],
      });
      expect(await refusal(runner, folder)).toEqual([
        `${file}: relationships[0] (loader-test-topic REFERS_TO no-such-entity): "to" refers to unknown id "no-such-entity" (neither in the seed files nor in the database)`,
      ]);
    });

    it('a source that is an entity of another kind in the database', async () => {
      const file = write('extra.json', { entities: [{ ...topic, sources: ['sam-altman'] }] });
      expect(await refusal(runner, folder)).toEqual([
        `${file}: entities[0] (id "loader-test-topic"): "sources" lists "sam-altman", which is of type PERSON in the database, not SOURCE`,
      ]);
    });

    it('a duplicate id', async () => {
      const first = write('a.json', { entities: [topic] });
      const second = write('b.json', { entities: [{ ...topic, name: 'Again' }] });
      expect(await refusal(runner, folder)).toEqual([
        `${second}: entities[0] (id "loader-test-topic"): duplicate id "loader-test-topic", already defined at ${first}: entities[0] (id "loader-test-topic")`,
      ]);
    });

    it('a bad date', async () => {
      const file = write('extra.json', {
        entities: [topic, { type: 'EVENT', id: 'loader-test-event', name: 'E', category: 'MEETING', startDate: '2023-02-30', sources: ['background'] }],
      });
      expect(await refusal(runner, folder)).toEqual([
        `${file}: entities[1] (id "loader-test-event"): "startDate": "2023-02-30" has no day 30 in 2023-02`,
      ]);
    });
  });

  describe('loads a folder of the user that extends the loaded graph', () => {
    const event = {
      type: 'EVENT', id: 'loader-test-event', name: 'Loader test event', description: 'Dropped on reload.',
      category: 'MEETING', startDate: '2024-05', sources: ['background'],
    };
    const relationships = [
      { from: 'sam-altman', type: 'PARTICIPATED_IN', to: 'loader-test-event', role: 'guest', since: '2024-05', until: '2024', sources: ['background'] },
      { from: 'loader-test-event', type: 'HELD_IN', to: 'japan', sources: ['article-openai-japan-2023'] },
      { from: 'loader-test-event', type: 'CONCERNS', to: 'loader-test-topic', sources: ['background'] },
    ];

    it('with references to entities already in the database', async () => {
      const before = await counts(driver);
      write('mine.json', { entities: [topic, event], relationships });
      expect(await loadSeed(runner, folder)).toMatchObject({ entities: 2, relationships: 3 });
      expect(await counts(driver)).toEqual({ nodes: before.nodes + 2, relationships: before.relationships + 3 });

      const result = await driver.executeQuery<EagerResult<{ r: Relationship; e: Node }>>(
        `MATCH (:Person {id: 'sam-altman'})-[r:PARTICIPATED_IN]->(e:Event {id: 'loader-test-event'})-[:HELD_IN]->(:Country {id: 'japan'})
         RETURN r, e`,
      );
      expect(result.records).toHaveLength(1);
      const { recordedAt, loadedAt, ...r } = result.records[0].get('r').properties as Record<string, unknown>;
      // Known (system time) from the load that created it: "The graph's memory".
      expect(isDateTime(recordedAt)).toBe(true);
      expect(Math.abs(new Date(String(recordedAt)).getTime() - Date.now())).toBeLessThan(60_000);
      // Written by a load then: curation after it is what later loads keep.
      expect(String(loadedAt)).toBe(String(recordedAt));
      expect(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)]))).toEqual({
        id: 'sam-altman:PARTICIPATED_IN:loader-test-event',
        role: 'guest',
        since: '2024-05-01',
        sincePrecision: 'MONTH',
        until: '2024-01-01',
        untilPrecision: 'YEAR',
        validFrom: '2024-05-01',
        validTo: '2024-12-31',
        sources: ['background'],
        propertySources: [],
        version: 1,
      });
      expect(plain(result.records[0].get('e').properties.startDate)).toBe('2024-05-01');
    });

    it('and a reload removes what the files no longer say', async () => {
      write('mine.json', { entities: [topic, event], relationships });
      await loadSeed(runner, folder);
      const loaded = await counts(driver);
      const { description: _dropped, ...withoutDescription } = event;
      write('mine.json', { entities: [topic, withoutDescription], relationships });
      await loadSeed(runner, folder);
      const result = await driver.executeQuery(`MATCH (e:Entity {id: 'loader-test-event'}) RETURN keys(e) AS keys`);
      expect(result.records[0].get('keys')).not.toContain('description');
      expect(await counts(driver)).toEqual(loaded);
    });
  });
});

describe('The graph schema', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it('reads statements without comments, split on semicolons', () => {
    expect(schemaStatements('// why\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.a);\n\n// more\nCREATE INDEX b IF NOT EXISTS FOR (n:X) ON (n.b);\n')).toEqual([
      'CREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.a)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:X) ON (n.b)',
    ]);
  });

  it('applies again without error or change, every index online and ids unique', async () => {
    const list = async () => (await driver.executeQuery<EagerResult<{ name: string; state: string }>>('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).records.map((r) => r.toObject());
    const before = await list();
    await applyGraphSchema(new CypherRunner(driver, { queryTimeoutMs: 120_000 }), schemaDir());
    expect(await list()).toEqual(before);
    expect(before.map((index) => index.name)).toEqual(
      expect.arrayContaining(['entity_id', 'entity_search', 'entity_search_cjk', 'loaded_ids', 'relationship_fact_sources', 'revision_seq']),
    );
    expect(before.filter((index) => index.state !== 'ONLINE')).toEqual([]);
    const constraints = await driver.executeQuery(`SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name = 'entity_id' RETURN *`);
    expect(constraints.records.map((r) => r.toObject())).toEqual([
      { name: 'entity_id', type: 'UNIQUENESS', labelsOrTypes: ['Entity'], properties: ['id'] },
    ]);
  });

  it("indexes every relationship type's sources, so Source.facts finds facts of any type", async () => {
    const index = await driver.executeQuery(`SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = 'relationship_fact_sources' RETURN labelsOrTypes`);
    expect([...(index.records[0].get('labelsOrTypes') as string[])].sort()).toEqual(Object.values(RelationshipType).sort());
  });
});
