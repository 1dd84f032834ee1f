import { CypherRunner } from '../../src/graph/cypher-runner';
import { loadSeedGraph } from '../../src/graph/seed/load-seed';
import { SeedValidationError, validateSeed } from '../../src/graph/seed/validate-seed';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
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

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response: GraphQLResponse<T> = await server.query<T>(query, variables, editor);
    if (response.errors !== undefined) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  };
  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
    runner = new CypherRunner(server.driver, { queryTimeoutMs: 60_000 });
    editor = await bearer({ sub: 'edith', roles: ['editor'] });
  });
  afterAll(async () => {
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
});
