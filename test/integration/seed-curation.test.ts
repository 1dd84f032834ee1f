import { CypherRunner } from '../../src/graph/cypher-runner';
import { loadSeedGraph, type LoadSeedOptions, type LoadSummary } from '../../src/graph/seed/load-seed';
import type { RawSeedEntity, RawSeedRelationship } from '../../src/graph/seed/seed-format';
import { SeedValidationError, validateSeed } from '../../src/graph/seed/validate-seed';
import { emptyRevisions, removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

/*
 * Seed files loaded over a curated graph: what editors changed since a record's last load stays, and
 * every disagreement is reported, unless the load is forced, which records the overwrite.
 */

const id = (name: string): string => `${TEST_ID_PREFIX}${name}`;

describe('Seed loads over a curated graph', () => {
  let server: TestServer;
  let runner: CypherRunner;
  let editor: Record<string, string>;
  const seedSeqs: number[] = [];

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response: GraphQLResponse<T> = await server.query<T>(query, variables, editor);
    if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  };
  const lastSeq = async (): Promise<number> =>
    ((await server.driver.executeQuery("MATCH (s:RevisionSequence {name: 'revisions'}) RETURN s.last AS seq")).records[0].get('seq') as { toNumber(): number }).toNumber();
  const load = async (entities: RawSeedEntity[], relationships: RawSeedRelationship[], options: LoadSeedOptions = {}): Promise<LoadSummary> => {
    const graph = validateSeed([{ path: 'curated.json', content: { entities, relationships } }], { allowExternalRefs: true });
    const before = await lastSeq();
    const summary = await loadSeedGraph(runner, graph, options);
    for (let seq = before + 1; seq <= (await lastSeq()); seq += 1) seedSeqs.push(seq);
    return summary;
  };

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
    runner = new CypherRunner(server.driver, { queryTimeoutMs: 60_000 });
    editor = await bearer({ sub: 'edith', roles: ['editor'] });
  });
  afterAll(async () => {
    // These loads are not the graph's seed: their revisions go with the test's data.
    await emptyRevisions(server.driver, 'v.seq IN $seqs', { seqs: seedSeqs });
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  it('refuses a seed that refers to a retracted entity, as a mutation would', async () => {
    await ok(`mutation { createEntity(input: { id: "${id('seed-retracted')}", type: TOPIC, name: "Soon retracted", sources: ["background"] }) { id } }`);
    await ok(`mutation { retractEntity(id: "${id('seed-retracted')}", expectedVersion: 1, reason: "duplicate") { id } }`);
    const graph = validateSeed([{ path: 'refs.json', content: { relationships: [{ from: 'altman-kishida-meeting', type: 'CONCERNS', to: id('seed-retracted'), sources: ['background'] }] } }], { allowExternalRefs: true });
    const problems = await loadSeedGraph(runner, graph).then(
      () => [],
      (error: unknown) => (error instanceof SeedValidationError ? error.problems : [String(error)]),
    );
    expect(problems).toEqual([expect.stringContaining(`refers to "${id('seed-retracted')}", which is retracted in the database`)]);
  });

  const PERSON = id('seeded-person');
  const MEMBER = `${PERSON}:MEMBER_OF:openai`;
  const person = (name: string, description: string): RawSeedEntity => ({ type: 'PERSON', id: PERSON, name, description, aliases: ['SP'], sources: ['background'] });
  const member = (title: string): RawSeedRelationship => ({ from: PERSON, type: 'MEMBER_OF', to: 'openai', title, sources: ['background'] });
  const READ = `{ entity(id: "${PERSON}") { name description version relationships(types: [MEMBER_OF]) { edges { node { title sources { id } } } } } }`;

  it('keeps what curation changed since the last load, loads the rest, and reports each conflict with its revision', async () => {
    expect((await load([person('Seeded Person', 'From the seed')], [member('member')])).conflicts).toEqual([]);
    await ok(`mutation { updateEntity(id: "${PERSON}", expectedVersion: 1, input: { description: "Curated description" }, sources: ["background"], reason: "better") { version } }`);
    const described = await lastSeq();
    await ok(`mutation { assertRelationship(input: { from: "${PERSON}", type: MEMBER_OF, to: "openai", sources: ["article-openai-japan-2023"] }) { version } }`);
    const sourced = await lastSeq();

    // The file changes the name and title (nobody curated them) and the description and sources (curated).
    const v2 = [[person('Seeded Person II', 'Seed description v2')], [member('member v2')]] as const;
    const expected = [
      { record: `curated.json: entities[0] (id "${PERSON}")`, kind: 'ENTITY', id: PERSON, field: 'description', seedValue: 'Seed description v2', currentValue: 'Curated description', seq: described, overwritten: false },
      { record: `curated.json: relationships[0] (${PERSON} MEMBER_OF openai)`, kind: 'RELATIONSHIP', id: MEMBER, field: 'sources', seedValue: ['background'], currentValue: ['background', 'article-openai-japan-2023'], seq: sourced, overwritten: false },
    ];
    const first = await load([...v2[0]], [...v2[1]]);
    expect(first.conflicts).toEqual(expected);
    expect(first.overwriteSeq).toBeNull();
    const kept = { name: 'Seeded Person II', description: 'Curated description', version: 3, relationships: { edges: [{ node: { title: 'member v2', sources: [{ id: 'background' }, { id: 'article-openai-japan-2023' }] } }] } };
    expect((await ok(READ)).entity).toEqual(kept);

    // Loading the same files again reports the same conflicts and changes nothing.
    expect((await load([...v2[0]], [...v2[1]])).conflicts).toEqual(expected);
    expect((await ok(READ)).entity).toEqual(kept);

    // Forced: the files win, and the overwrite is a revision with its reason and what it replaced.
    const forced = await load([...v2[0]], [...v2[1]], { force: { reason: 'the seed is authoritative' } });
    expect(forced.conflicts).toEqual(expected.map((conflict) => ({ ...conflict, overwritten: true })));
    const { revision } = await ok<{ revision: unknown }>(`{ revision(seq: ${forced.overwriteSeq}) { actor reason mutation changes { targetId field before after } } }`);
    expect(revision).toEqual({ actor: 'seed', reason: 'the seed is authoritative', mutation: 'seedOverwrite', changes: [
      { targetId: PERSON, field: 'description', before: 'Curated description', after: 'Seed description v2' },
      { targetId: MEMBER, field: 'sources', before: '["background","article-openai-japan-2023"]', after: '["background"]' },
    ] });
    expect((await ok(READ)).entity).toMatchObject({ description: 'Seed description v2', relationships: { edges: [{ node: { sources: [{ id: 'background' }] } }] } });
    // After the overwrite the files and the graph agree: nothing left to report.
    expect((await load([...v2[0]], [...v2[1]])).conflicts).toEqual([]);
  });

  it('leaves a relationship curation retracted retracted, forced or not, and reports it at every load', async () => {
    const v2 = [[person('Seeded Person II', 'Seed description v2')], [member('member v2')]] as const;
    const version = (await server.driver.executeQuery('MATCH ()-[r {id: $id}]->() RETURN r.version AS v', { id: MEMBER })).records[0].get('v') as { toNumber(): number };
    await ok(`mutation { retractRelationship(id: "${MEMBER}", expectedVersion: ${version.toNumber()}, reason: "not a member") { version } }`);
    const retracted = await lastSeq();
    const conflict = { record: `curated.json: relationships[0] (${PERSON} MEMBER_OF openai)`, kind: 'RELATIONSHIP', id: MEMBER, field: 'retracted', seedValue: false, currentValue: true, seq: retracted, overwritten: false };
    expect((await load([...v2[0]], [...v2[1]])).conflicts).toEqual([conflict]);
    const forced = await load([...v2[0]], [...v2[1]], { force: { reason: 'the seed is authoritative' } });
    expect([forced.conflicts, forced.overwriteSeq]).toEqual([[conflict], null]);
    expect((await ok<{ entity: { relationships: { edges: unknown[] } } }>(READ)).entity.relationships.edges).toEqual([]);
  });
});
