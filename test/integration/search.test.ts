import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

interface Hit {
  score: number;
  entity: { __typename: string; id: string; type: string; name: string };
}

const SEARCH = `query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { score entity { __typename id type name } }
}`;

describe('search (real HTTP, seeded Neo4j)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  function search(text: string, extra: { types?: string[]; first?: number } = {}) {
    return server.query<{ search: Hit[] }>(SEARCH, { text, ...extra });
  }

  async function ids(text: string, extra: { types?: string[]; first?: number } = {}): Promise<string[]> {
    const response = await search(text, extra);
    expect(response.errors).toBeUndefined();
    return response.data!.search.map((hit) => hit.entity.id);
  }

  function expectBadInput(response: GraphQLResponse, argument: string): void {
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  }

  describe('Latin script', () => {
    it.each(['kono', 'Kōno', 'KONO', 'kōno tarō'])('finds Taro Kono first for %p (case and diacritics folded)', async (text) => {
      expect((await ids(text))[0]).toBe('taro-kono');
    });

    it('matches by prefix: "kish" finds Fumio Kishida first', async () => {
      expect((await ids('kish'))[0]).toBe('fumio-kishida');
    });

    it('forgives small typos: "altmann" finds Sam Altman, "kishda" Fumio Kishida', async () => {
      expect((await ids('altmann'))[0]).toBe('sam-altman');
      expect(await ids('kishda')).toContain('fumio-kishida');
    });

    it('searches aliases as well as names', async () => {
      expect((await ids('Garante'))[0]).toBe('italian-data-protection-authority');
      expect((await ids('nippon'))[0]).toBe('japan');
    });
  });

  describe('Japanese script', () => {
    it.each([
      ['岸田', 'fumio-kishida'],
      ['岸田文雄', 'fumio-kishida'],
      ['アルトマン', 'sam-altman'],
      ['サム・アルトマン', 'sam-altman'],
      ['アルト', 'sam-altman'],
      ['ｱﾙﾄﾏﾝ', 'sam-altman'],
      ['日本', 'japan'],
    ])('%p finds %p first', async (text, id) => {
      expect((await ids(text))[0]).toBe(id);
    });

    it('matches Han characters together, not one by one: "河野" finds Kono but not 松野 (Matsuno)', async () => {
      expect(await ids('河野')).toEqual(['taro-kono']);
    });
  });

  describe('ranking', () => {
    it('returns hits in descending score order', async () => {
      const hits = (await search('japan')).data!.search;
      expect(hits.length).toBeGreaterThan(2);
      const scores = hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('puts an exact name or alias match first, ignoring case and diacritics', async () => {
      expect((await ids('japan'))[0]).toBe('japan');
      expect((await ids('US'))[0]).toBe('united-states');
      expect((await ids('TARO KONO'))[0]).toBe('taro-kono');
      expect((await ids('altman'))[0]).toBe('sam-altman');
    });

    it('resolves hits as full entities of their concrete type', async () => {
      const [hit] = (await search('Fumio Kishida')).data!.search;
      expect(hit.entity).toEqual({ __typename: 'Person', id: 'fumio-kishida', type: 'PERSON', name: 'Fumio Kishida' });
    });
  });

  describe('arguments', () => {
    it('filters by kind', async () => {
      expect(await ids('kishida', { types: ['PERSON'] })).toEqual(['fumio-kishida']);
      const events = await ids('kishida', { types: ['EVENT'] });
      expect(events).toContain('altman-kishida-meeting');
      expect(events).not.toContain('fumio-kishida');
      expect(await ids('altman', { types: ['PERSON', 'EVENT'] })).toEqual(
        expect.arrayContaining(['sam-altman', 'altman-kishida-meeting']),
      );
    });

    it('returns at most `first` hits, 10 by default', async () => {
      expect(await ids('japan', { first: 1 })).toEqual(['japan']);
      expect((await ids('a')).length).toBeLessThanOrEqual(10);
      expect((await ids('ai', { first: 100 })).length).toBeGreaterThan(0);
    });

    it.each([0, -1, 101])('refuses first = %p with BAD_USER_INPUT', async (first) => {
      expectBadInput(await search('kono', { first }), 'first');
    });

    it.each(['', '   ', '\n\t'])('refuses blank text %p with BAD_USER_INPUT', async (text) => {
      expectBadInput(await search(text), 'text');
    });

    it('refuses text longer than 200 characters, accepts 200', async () => {
      expectBadInput(await search('a'.repeat(201)), 'text');
      const longest = await search('a'.repeat(200));
      expect(longest.errors).toBeUndefined();
      expect(longest.data).toEqual({ search: [] }); // searched, and nothing is named like that
    });
  });

  describe('Lucene syntax is searched for, never run', () => {
    it.each(['AND (', '"', '*', '\\', 'OR', 'NOT kono', 'name:kono', 'kono~', '[a TO z]', '?', '&& ||', '/regex/', '-', 'a^9'])(
      '%p is a search, not an error',
      async (text) => {
        const response = await search(text);
        expect(response.errors).toBeUndefined();
        expect(Array.isArray(response.data?.search)).toBe(true);
      },
    );

    it('does not treat "*" as match-everything', async () => {
      expect(await ids('*')).toEqual([]);
    });
  });
});
