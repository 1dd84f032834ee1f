import { expectData } from '../support/expect-data';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

/*
 * neighborhood, shortestPath and paths over real HTTP against the seeded graph (facts.md): the
 * provenance rule, directions, asOf, bounds and missing ids.
 */

interface Rel { id: string; type: string; from: { id: string }; to: { id: string }; sources: Array<{ id: string }> }
interface PathShape { length: number; nodes: Array<{ id: string; __typename: string }>; relationships: Rel[] }
interface SubgraphShape { nodes: Array<{ id: string }>; relationships: Rel[]; truncated: boolean }

const PATH = 'length nodes { id __typename } relationships { id type from { id } to { id } sources { id } }';
const SUBGRAPH = 'nodes { id } relationships { id type from { id } to { id } sources { id } } truncated';
const PROVENANCE = ['MENTIONED_IN', 'AUTHORED'];

const ids = (nodes: Array<{ id: string }>) => nodes.map((node) => node.id);

/** Nodes in path order, each relationship joining two neighbours (either way), no node twice. */
function expectWellFormed(path: PathShape): void {
  expect(path.relationships).toHaveLength(path.length);
  expect(path.nodes).toHaveLength(path.length + 1);
  expect(new Set(ids(path.nodes)).size).toBe(path.nodes.length);
  path.relationships.forEach((rel, i) => {
    expect([rel.from.id, rel.to.id].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
  });
}

describe('Traversal queries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const data = <T>(query: string, variables?: Record<string, unknown>): Promise<T> => expectData<T>(server, query, variables);

  async function failure(query: string): Promise<{ code: unknown; message: string }> {
    const response: GraphQLResponse = await server.query(query);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors ?? [];
    return { code: error.extensions?.code, message: error.message };
  }

  describe('shortestPath', () => {
    it('connects Elon Musk to Fumio Kishida through OpenAI, Sam Altman and their meeting', async () => {
      const { shortestPath } = await data<{ shortestPath: PathShape }>(
        `{ shortestPath(from: "elon-musk", to: "fumio-kishida") { ${PATH} } }`,
      );
      expect(shortestPath.length).toBe(4);
      expect(ids(shortestPath.nodes)).toEqual(['elon-musk', 'openai', 'sam-altman', 'altman-kishida-meeting', 'fumio-kishida']);
      expect(shortestPath.nodes.map((node) => node.__typename)).toEqual(['Person', 'Organization', 'Person', 'Event', 'Person']);
      expectWellFormed(shortestPath);
      for (const rel of shortestPath.relationships) expect(PROVENANCE).not.toContain(rel.type);
      // Walked against its direction, the position still reads from Altman to OpenAI.
      expect(shortestPath.relationships[1]).toMatchObject({ type: 'HOLDS_POSITION', from: { id: 'sam-altman' }, to: { id: 'openai' } });
      expect(shortestPath.relationships[3]).toMatchObject({ from: { id: 'fumio-kishida' }, to: { id: 'altman-kishida-meeting' } });
      expect(shortestPath.relationships[0].sources.length).toBeGreaterThan(0);
    });

    it('goes through the article when asked to follow MENTIONED_IN', async () => {
      const { shortestPath } = await data<{ shortestPath: PathShape }>(
        `{ shortestPath(from: "elon-musk", to: "fumio-kishida", types: [MENTIONED_IN]) { ${PATH} } }`,
      );
      expect(shortestPath.length).toBe(2);
      expect(ids(shortestPath.nodes)).toEqual(['elon-musk', 'article-openai-japan-2023', 'fumio-kishida']);
      expect(shortestPath.relationships.map((rel) => rel.type)).toEqual(['MENTIONED_IN', 'MENTIONED_IN']);
    });

    it('is a path of length 0 from an entity to itself', async () => {
      const { shortestPath } = await data<{ shortestPath: PathShape }>(`{ shortestPath(from: "sam-altman", to: "sam-altman") { ${PATH} } }`);
      expect(shortestPath).toEqual({ length: 0, nodes: [{ id: 'sam-altman', __typename: 'Person' }], relationships: [] });
    });

    it('is null when no path is short enough or none follows the types', async () => {
      expect(await data(`{ shortestPath(from: "elon-musk", to: "fumio-kishida", maxHops: 3) { length } }`)).toEqual({ shortestPath: null });
      expect(await data(`{ shortestPath(from: "elon-musk", to: "fumio-kishida", types: [LED_TO]) { length } }`)).toEqual({ shortestPath: null });
    });

    it('follows only relationships valid on asOf', async () => {
      const query = (day: string) => `{ shortestPath(from: "elon-musk", to: "twitter", types: [HOLDS_POSITION], asOf: "${day}") { length } }`;
      expect(await data(query('2023-04-10'))).toEqual({ shortestPath: { length: 1 } });
      expect(await data(query('2024-01-01'))).toEqual({ shortestPath: null }); // Musk left as CEO on 2023-06-05
    });
  });

  describe('paths', () => {
    it('returns distinct simple paths, shortest first, the first one the shortest path', async () => {
      const { paths } = await data<{ paths: PathShape[] }>(
        `{ paths(from: "elon-musk", to: "fumio-kishida", maxHops: 6, first: 10) { ${PATH} } }`,
      );
      expect(paths).toHaveLength(10);
      const lengths = paths.map((path) => path.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      expect(lengths.slice(0, 2)).toEqual([4, 4]);
      expect(ids(paths[0].nodes)).toEqual(['elon-musk', 'openai', 'sam-altman', 'altman-kishida-meeting', 'fumio-kishida']);
      const keys = paths.map((path) => path.relationships.map((rel) => rel.id).join(' '));
      expect(new Set(keys).size).toBe(paths.length);
      for (const path of paths) {
        expectWellFormed(path);
        expect(path.nodes[0].id).toBe('elon-musk');
        expect(path.nodes[path.length].id).toBe('fumio-kishida');
        for (const rel of path.relationships) expect(PROVENANCE).not.toContain(rel.type);
      }
    });

    it('stops at first and at maxHops', async () => {
      const { paths } = await data<{ paths: PathShape[] }>(`{ paths(from: "elon-musk", to: "fumio-kishida", first: 1) { length } }`);
      expect(paths).toEqual([{ length: 4 }]);
      expect(await data(`{ paths(from: "elon-musk", to: "fumio-kishida", maxHops: 3) { length } }`)).toEqual({ paths: [] });
    });

    it('is the one path of length 0 from an entity to itself: a simple path never comes back', async () => {
      const { paths } = await data<{ paths: PathShape[] }>(`{ paths(from: "sam-altman", to: "sam-altman", first: 5) { ${PATH} } }`);
      expect(paths).toHaveLength(1);
      expect(paths[0]).toMatchObject({ length: 0, nodes: [{ id: 'sam-altman' }], relationships: [] });
    });

    it('follows the chain of events after the ChatGPT data breach', async () => {
      const { paths } = await data<{ paths: PathShape[] }>(
        `{ paths(from: "chatgpt-data-breach", to: "openai-remedy-proposal", types: [LED_TO]) { ${PATH} } }`,
      );
      expect(paths).toHaveLength(1);
      expect(ids(paths[0].nodes)).toEqual(['chatgpt-data-breach', 'italy-chatgpt-limitation', 'openai-remedy-proposal']);
      expect(paths[0].relationships.map((rel) => rel.id)).toEqual([
        'chatgpt-data-breach:LED_TO:italy-chatgpt-limitation',
        'italy-chatgpt-limitation:LED_TO:openai-remedy-proposal',
      ]);
    });
  });

  describe('neighborhood', () => {
    it('answers "what chain of events followed the ChatGPT data breach?" along LED_TO', async () => {
      const { neighborhood } = await data<{ neighborhood: SubgraphShape }>(
        `{ neighborhood(id: "chatgpt-data-breach", depth: 3, types: [LED_TO]) { ${SUBGRAPH} } }`,
      );
      expect(ids(neighborhood.nodes)).toEqual([
        'chatgpt-data-breach',
        'italy-chatgpt-limitation',
        'european-privacy-reviews', // "European countries ..." before "OpenAI proposes ..." at the same distance
        'openai-remedy-proposal',
      ]);
      expect(neighborhood.relationships.map((rel) => rel.id)).toEqual([
        'chatgpt-data-breach:LED_TO:italy-chatgpt-limitation',
        'italy-chatgpt-limitation:LED_TO:european-privacy-reviews',
        'italy-chatgpt-limitation:LED_TO:openai-remedy-proposal',
      ]);
      expect(neighborhood.truncated).toBe(false);
    });

    it('puts the centre first, then the nearest by name, without provenance edges', async () => {
      const { neighborhood } = await data<{ neighborhood: SubgraphShape }>(`{ neighborhood(id: "government-of-japan") { ${SUBGRAPH} } }`);
      expect(ids(neighborhood.nodes)).toEqual(['government-of-japan', 'fumio-kishida', 'hirokazu-matsuno', 'japan', 'taro-kono']);
      expect(neighborhood.relationships.map((rel) => rel.id).sort()).toEqual([
        'fumio-kishida:HOLDS_POSITION:government-of-japan',
        'government-of-japan:BASED_IN:japan',
        'hirokazu-matsuno:HOLDS_POSITION:government-of-japan',
        'taro-kono:HOLDS_POSITION:government-of-japan',
      ]);
      expect(neighborhood.truncated).toBe(false);
    });

    it('keeps only relationships among returned nodes, each once', async () => {
      const { neighborhood } = await data<{ neighborhood: SubgraphShape }>(`{ neighborhood(id: "sam-altman", depth: 2) { ${SUBGRAPH} } }`);
      const returned = new Set(ids(neighborhood.nodes));
      expect(neighborhood.nodes[0].id).toBe('sam-altman');
      expect(returned.has('fumio-kishida')).toBe(true);
      expect(returned.has('article-openai-japan-2023')).toBe(false);
      expect(neighborhood.truncated).toBe(false);
      // 18 entities within two steps of Altman, 20 relationships among them: his own, and those between
      // two of the others, such as OpenAI's products.
      expect(neighborhood.nodes).toHaveLength(18);
      expect(neighborhood.relationships).toHaveLength(20);
      expect(neighborhood.relationships.map((rel) => rel.id)).toEqual(expect.arrayContaining(['sam-altman:HOLDS_POSITION:openai', 'openai:DEVELOPS:chatgpt']));
      for (const rel of neighborhood.relationships) {
        expect(returned.has(rel.from.id) && returned.has(rel.to.id)).toBe(true);
        expect(PROVENANCE).not.toContain(rel.type);
      }
      expect(new Set(neighborhood.relationships.map((rel) => rel.id)).size).toBe(neighborhood.relationships.length);
    });

    it('reaches the article and its mentions only when MENTIONED_IN is named', async () => {
      const { neighborhood } = await data<{ neighborhood: SubgraphShape }>(
        `{ neighborhood(id: "sam-altman", types: [MENTIONED_IN], depth: 2, limit: 1000) { ${SUBGRAPH} } }`,
      );
      expect(ids(neighborhood.nodes).slice(0, 2)).toEqual(['sam-altman', 'article-openai-japan-2023']);
      expect(neighborhood.nodes).toHaveLength(39); // the article and the 37 other entities it mentions
      expect(new Set(neighborhood.relationships.map((rel) => rel.type))).toEqual(new Set(['MENTIONED_IN']));
    });

    it('cuts at limit, centre included, and says so', async () => {
      const { neighborhood } = await data<{ neighborhood: SubgraphShape }>(`{ neighborhood(id: "government-of-japan", limit: 3) { ${SUBGRAPH} } }`);
      expect(ids(neighborhood.nodes)).toEqual(['government-of-japan', 'fumio-kishida', 'hirokazu-matsuno']);
      expect(neighborhood.truncated).toBe(true);
      expect(neighborhood.relationships.map((rel) => rel.id).sort()).toEqual([
        'fumio-kishida:HOLDS_POSITION:government-of-japan',
        'hirokazu-matsuno:HOLDS_POSITION:government-of-japan',
      ]);
      const exact = await data<{ neighborhood: SubgraphShape }>(`{ neighborhood(id: "government-of-japan", limit: 5) { ${SUBGRAPH} } }`);
      expect(exact.neighborhood.truncated).toBe(false);
      const deeper = await data<{ neighborhood: SubgraphShape }>(`{ neighborhood(id: "government-of-japan", depth: 2, limit: 5) { ${SUBGRAPH} } }`);
      expect(deeper.neighborhood.truncated).toBe(true);
    });

    it('follows only positions held on asOf', async () => {
      const members = async (asOf: string) => {
        const { neighborhood } = await data<{ neighborhood: SubgraphShape }>(
          `{ neighborhood(id: "government-of-japan", types: [HOLDS_POSITION], asOf: "${asOf}") { ${SUBGRAPH} } }`,
        );
        return ids(neighborhood.nodes);
      };
      expect(await members('2023-04-10')).toEqual(['government-of-japan', 'fumio-kishida', 'hirokazu-matsuno', 'taro-kono']);
      // Matsuno served until 2023-12-14; Kishida and Kono until 2024-10-01 (inclusive).
      expect(await members('2024-01-01')).toEqual(['government-of-japan', 'fumio-kishida', 'taro-kono']);
      expect(await members('2024-10-01')).toEqual(['government-of-japan', 'fumio-kishida', 'taro-kono']);
      expect(await members('2024-10-02')).toEqual(['government-of-japan']);
    });
  });

  describe('errors', () => {
    it.each([
      ['neighborhood(id: "japan", depth: 0)', 'depth', 3],
      ['neighborhood(id: "japan", depth: 4)', 'depth', 3],
      ['neighborhood(id: "japan", limit: 0)', 'limit', 1000],
      ['neighborhood(id: "japan", limit: 1001)', 'limit', 1000],
      ['shortestPath(from: "japan", to: "italy", maxHops: 0)', 'maxHops', 8],
      ['shortestPath(from: "japan", to: "italy", maxHops: 9)', 'maxHops', 8],
      ['paths(from: "japan", to: "italy", maxHops: 0)', 'maxHops', 6],
      ['paths(from: "japan", to: "italy", maxHops: 7)', 'maxHops', 6],
      ['paths(from: "japan", to: "italy", first: 0)', 'first', 100],
      ['paths(from: "japan", to: "italy", first: 101)', 'first', 100],
    ])('refuses %s with BAD_USER_INPUT naming %s and its maximum %d', async (field, argument, max) => {
      const selection = field.startsWith('neighborhood') ? 'truncated' : 'length';
      const { code, message } = await failure(`{ ${field} { ${selection} } }`);
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toContain(argument);
      expect(message).toContain(`to ${max}`);
    });

    it('refuses an empty types list', async () => {
      const { code, message } = await failure('{ neighborhood(id: "japan", types: []) { truncated } }');
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toContain('types');
    });

    it.each([
      ['neighborhood(id: "nobody") { truncated }', 'nobody'],
      ['shortestPath(from: "nobody", to: "japan") { length }', 'nobody'],
      ['shortestPath(from: "japan", to: "nowhere") { length }', 'nowhere'],
      ['paths(from: "nobody", to: "japan") { length }', 'nobody'],
      ['paths(from: "japan", to: "nowhere") { length }', 'nowhere'],
    ])('answers %s with NOT_FOUND naming the id', async (field, id) => {
      const { code, message } = await failure(`{ ${field} }`);
      expect(code).toBe('NOT_FOUND');
      expect(message).toContain(`"${id}"`);
    });
  });
});
