import type { EagerResult, Integer } from 'neo4j-driver';
import { entityFromInput } from '../../src/graph/rules/validate-input';
import { relationshipKindsProblem } from '../../src/graph/rules/relationship-kinds';
import { storedEntity, storedEntityProjection } from '../../src/graph/write/stored-state';
import { EntityType, RelationshipType } from '../../src/schema/enums';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { HOSTILE_STRINGS } from '../support/hostile-inputs';
import { Prng } from '../support/prng';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

const COUNT = 3000;
/** What a hostile mutation may be answered with: client errors, never a server error. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PROVENANCE_REQUIRED', 'SOURCE_NOT_FOUND', 'VERSION_CONFLICT',
]);

function generate(r: Prng): { query: string; variables: Record<string, unknown> } {
  const text = () => (r.chance(0.5) ? r.pick(HOSTILE_STRINGS) : `Name ${r.int(0, 99)}`);
  // Only the test's own ids can be valid targets: the seed graph that other tests read stays as loaded.
  const id = () => r.pick([`${TEST_ID_PREFIX}h-${r.int(0, 40)}`, `${TEST_ID_PREFIX}h-${r.int(0, 40)}`, r.pick(HOSTILE_STRINGS), 'Not-Kebab', '', 'x:y']);
  const date = () => r.pick(['2023', '2023-04', '2023-04-10', '2023-02-30', '2023-13', '0000', 'yesterday', r.pick(HOSTILE_STRINGS)]);
  const sources = () => r.pick([[], ['background'], ['background', 'background'], ['no-such-source'], ['sam-altman'], [r.pick(HOSTILE_STRINGS)]]);
  switch (r.int(0, 4)) {
    case 4:
      // Plausible but hostile: valid shape, hostile text, so some writes succeed and must store the text as data.
      return {
        query: 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
        variables: { input: { id: `${TEST_ID_PREFIX}h-${r.int(0, 400)}`, type: 'TOPIC', name: text(), aliases: r.chance(0.5) ? [text()] : null, sources: sources() } },
      };
    case 0:
      return {
        query: 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
        variables: {
          input: {
            id: id(), type: r.pick(Object.values(EntityType)), name: text(), aliases: r.chance(0.3) ? [text(), text()] : null,
            category: r.pick([null, 'COMPANY', 'MEETING', text()]), isoCode: r.pick([null, 'JP', 'jp', text()]),
            startDate: r.chance(0.5) ? date() : null, endDate: r.chance(0.3) ? date() : null,
            signatories: r.pick([null, 10, -1]), sources: sources(),
          },
        },
      };
    case 1:
      return {
        query: 'mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!, $s: [ID!]!) { updateEntity(id: $id, expectedVersion: $v, input: $input, sources: $s) { id } }',
        variables: { id: id(), v: r.int(0, 3), input: { name: r.chance(0.5) ? text() : null, startDate: r.chance(0.5) ? date() : undefined }, s: sources() },
      };
    case 2:
      return {
        query: 'mutation ($input: AssertRelationshipInput!) { assertRelationship(input: $input) { id } }',
        variables: { input: { from: id(), type: r.pick(Object.values(RelationshipType)), to: id(), title: r.chance(0.3) ? text() : null, since: r.chance(0.4) ? date() : null, sources: sources() } },
      };
    default:
      return {
        query: 'mutation ($id: ID!, $v: Int!, $reason: String!) { retractRelationship(id: $id, expectedVersion: $v, reason: $reason) { id } }',
        variables: { id: r.pick([`${id()}:${r.pick(Object.values(RelationshipType))}:${id()}`, r.pick(HOSTILE_STRINGS)]), v: r.int(0, 2), reason: text() },
      };
  }
}

describe('Hostile mutations', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
  });
  afterAll(async () => {
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  const seedState = async () => {
    const result = await server.driver.executeQuery<EagerResult<{ entities: Integer; relationships: Integer; names: Integer; versions: Integer[] }>>(
      `MATCH (e:Entity) WHERE NOT e.id STARTS WITH $prefix
       OPTIONAL MATCH (e)-[r]-(:Entity) WHERE r.retractedAt IS NULL
       RETURN count(DISTINCT e) AS entities, count(DISTINCT r) AS relationships, sum(size(e.name)) AS names, collect(DISTINCT e.version) AS versions`,
      { prefix: TEST_ID_PREFIX },
    );
    const record = result.records[0];
    return { entities: record.get('entities').toNumber(), relationships: record.get('relationships').toNumber(), names: record.get('names').toNumber(), versions: record.get('versions').map(String) };
  };

  it(`answers ${COUNT} generated mutations with client errors or valid writes, and writes nothing invalid`, async () => {
    const before = await seedState();
    const editor = await bearer({ sub: 'fuzzer' });
    const r = new Prng(1313);
    const unexpected: string[] = [];
    for (let i = 0; i < COUNT; i += 1) {
      const { query, variables } = generate(r);
      const { status, body } = await server.post(query, variables, editor);
      const code = body.errors?.[0]?.extensions?.code;
      const shown = typeof code === 'string' ? code : JSON.stringify(code);
      if (status >= 500 || (code !== undefined && !CLIENT_CODES.has(shown))) unexpected.push(`#${i} ${status} ${shown} ${JSON.stringify(variables).slice(0, 200)}`);
    }
    expect(unexpected).toEqual([]);

    // Everything the fuzzer managed to write obeys the one rule set, cites live sources and joins allowed kinds.
    const written = await server.driver.executeQuery(`MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN ${storedEntityProjection('e')} AS stored`, { prefix: TEST_ID_PREFIX });
    for (const record of written.records) {
      const stored = storedEntity(record.get('stored') as Record<string, unknown>);
      expect(() => entityFromInput('stored', stored.raw)).not.toThrow();
    }
    const rels = await server.driver.executeQuery<EagerResult<{ type: RelationshipType; from: string[]; to: string[]; sourced: boolean }>>(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id CONTAINS $prefix
       RETURN type(r) AS type, labels(a) AS from, labels(b) AS to, all(s IN r.sources WHERE EXISTS { MATCH (:Source {id: s}) }) AS sourced`,
      { prefix: TEST_ID_PREFIX },
    );
    const kindOf = (labels: string[]) => Object.values(EntityType).find((type) => labels.includes(type.charAt(0) + type.slice(1).toLowerCase()))!;
    for (const record of rels.records) {
      expect(record.get('sourced')).toBe(true);
      expect(relationshipKindsProblem(record.get('type'), kindOf(record.get('from')), kindOf(record.get('to')))).toBeNull();
    }
    expect(written.records.length + rels.records.length).toBeGreaterThan(0);
    // The graph outside the test's own ids is exactly as it was.
    expect(await seedState()).toEqual(before);
  }, 600_000);
});
