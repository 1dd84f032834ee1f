import { TEST_ID_PREFIX, removeCurationTestData } from '../support/curation-fixtures';
import { ARTICLES } from '../support/mention-articles';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

interface Candidate {
  score: number;
  matched: string;
  matchKind: string;
  entity: { id: string; name: string };
}

interface Mention {
  start: number;
  end: number;
  text: string;
  entity: { id: string; type: string } | null;
  candidates: Candidate[];
}

const MENTIONS = `query Mentions($text: String!, $types: [EntityType!], $knownAt: DateTime, $asOf: Date) {
  mentions(text: $text, types: $types, knownAt: $knownAt, asOf: $asOf) {
    start end text
    entity { id type }
    candidates { score matched matchKind entity { id name } }
  }
}`;

describe('mentions (real HTTP, seeded Neo4j)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  function mentionsOf(text: string, extra: Record<string, unknown> = {}): Promise<GraphQLResponse<{ mentions: Mention[] }>> {
    return server.query<{ mentions: Mention[] }>(MENTIONS, { text, ...extra });
  }

  async function mentions(text: string, extra: Record<string, unknown> = {}): Promise<Mention[]> {
    const response = await mentionsOf(text, extra);
    expect(response.errors).toBeUndefined();
    return response.data!.mentions;
  }

  const linked = (found: readonly Mention[]) => found.filter((m) => m.entity !== null).map((m) => [m.text, m.entity!.id]);

  describe('the test set (six articles of our own, English and Japanese)', () => {
    it('links the expected (article, entity) pairs with precision and recall of at least 0.9', async () => {
      let truePositives = 0;
      let found = 0;
      let expected = 0;
      for (const article of ARTICLES) {
        const ids = new Set((await mentions(article.text)).flatMap((m) => (m.entity === null ? [] : [m.entity.id])));
        found += ids.size;
        expected += article.entities.length;
        truePositives += article.entities.filter((id) => ids.has(id)).length;
      }
      expect(truePositives / found).toBeGreaterThanOrEqual(0.9);
      expect(truePositives / expected).toBeGreaterThanOrEqual(0.9);
    });

    it.each(ARTICLES.map((article) => [article.title, article.text]))('gives offsets that slice to the span, spans that never overlap: %s', async (_title, text) => {
      const found = await mentions(text);
      expect(found.length).toBeGreaterThan(0);
      for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      for (let i = 1; i < found.length; i += 1) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    });
  });

  describe('the traps', () => {
    it('links the acronym US only as written: the pronoun "us" links to nothing', async () => {
      const found = await mentions('The US said it was up to us. Talk to us.');
      expect(linked(found)).toEqual([['US', 'united-states']]);
    });

    it('takes the longest match: "US Federal Trade Commission" is one mention, not US plus the rest', async () => {
      const found = await mentions('The US Federal Trade Commission wrote to OpenAI.');
      expect(linked(found)).toEqual([
        ['US Federal Trade Commission', 'us-federal-trade-commission'],
        ['OpenAI', 'openai'],
      ]);
    });

    it('reads 日本政府 as the government, and 日本 alone as Japan, with no spaces needed', async () => {
      expect(linked(await mentions('日本政府は検討を始めた。'))).toEqual([['日本政府', 'government-of-japan']]);
      expect(linked(await mentions('日本は検討を始めた。'))).toEqual([['日本', 'japan']]);
    });

    it('links a possessive ("Altman\'s") but not a longer word ("Altmans", "Japanese" to Japan)', async () => {
      expect(linked(await mentions("Altman's plan")).map(([, id]) => id)).toEqual(['sam-altman']);
      expect(linked(await mentions("Altman's plan"))[0][0]).toBe('Altman');
      expect(linked(await mentions('The Altmans and Japanese food'))).toEqual([]);
    });

    it('folds diacritics and case: "Kōno Tarō", "KONO Taro" and "Kono" all link to Taro Kono', async () => {
      for (const text of ['Minister Kōno Tarō spoke.', 'Minister KONO Taro spoke.', 'Kono spoke.']) {
        expect(linked(await mentions(text)).map(([, id]) => id)).toEqual(['taro-kono']);
      }
    });

    it('links a person\'s two-word name written the other way round, as REORDERED', async () => {
      const [mention] = await mentions('Altman Sam arrived.');
      expect(mention).toMatchObject({ text: 'Altman Sam', entity: { id: 'sam-altman' } });
      expect(mention.candidates[0]).toMatchObject({ matchKind: 'REORDERED', matched: 'Sam Altman' });
    });

    it('leaves common nouns alone: "privacy" and "data breach" written in lower case link to nothing', async () => {
      expect(linked(await mentions('ChatGPT raised privacy worries after a data breach.'))).toEqual([['ChatGPT', 'chatgpt']]);
    });
  });

  describe('candidates', () => {
    it('ranks every candidate with its score, the spelling that matched and how', async () => {
      const [mention] = await mentions('米連邦取引委員会が調べている。');
      expect(mention).toMatchObject({ start: 0, end: 8, text: '米連邦取引委員会', entity: { id: 'us-federal-trade-commission', type: 'ORGANIZATION' } });
      expect(mention.candidates[0]).toMatchObject({ matched: '米連邦取引委員会', matchKind: 'EXACT', entity: { id: 'us-federal-trade-commission' } });
      expect(mention.candidates[0].score).toBeGreaterThan(0);
      expect(mention.candidates[0].score).toBeLessThanOrEqual(1);
    });

    it('prefers, of two people with one name, the one related to another entity the text names, over the better-connected one', async () => {
      const id = (name: string) => `${TEST_ID_PREFIX}${name}`;
      try {
        // Two people named alike: "a" has more relationships (the prior favours it), "b" is a member
        // of the institute the same text names (coherence favours it).
        await server.driver.executeQuery(
          `CREATE (a:Entity:Person {id: $a, name: 'Ambra Testperson', aliases: [], sources: ['article-openai-japan-2023'], version: 1, recordedAt: datetime()})
CREATE (b:Entity:Person {id: $b, name: 'Ambra Testperson', aliases: [], sources: ['article-openai-japan-2023'], version: 1, recordedAt: datetime()})
CREATE (org:Entity:Organization {id: $org, name: 'Testcoherence Institute', aliases: [], sources: ['article-openai-japan-2023'], version: 1, recordedAt: datetime()})
WITH a, b, org
MATCH (japan:Entity {id: 'japan'}), (openai:Entity {id: 'openai'})
CREATE (b)-[:MEMBER_OF {id: $b + ':MEMBER_OF:' + $org, sources: ['article-openai-japan-2023'], version: 1, recordedAt: datetime()}]->(org)
CREATE (a)-[:BASED_IN {id: $a + ':BASED_IN:japan', sources: ['article-openai-japan-2023'], version: 1, recordedAt: datetime()}]->(japan)
CREATE (a)-[:MEMBER_OF {id: $a + ':MEMBER_OF:openai', sources: ['article-openai-japan-2023'], version: 1, recordedAt: datetime()}]->(openai)`,
          { a: id('ambra-a'), b: id('ambra-b'), org: id('testcoherence') },
        );
        const [person] = await mentions('Ambra Testperson spoke for the Testcoherence Institute on Monday.');
        expect(person.text).toBe('Ambra Testperson');
        expect(person.candidates.map((c) => c.entity.id)).toEqual([id('ambra-b'), id('ambra-a')]);
        expect(person.entity?.id).toBe(id('ambra-b'));
        // Without the institute in the text, nothing tells them apart but the prior.
        const [alone] = await mentions('Ambra Testperson spoke on Monday.');
        expect(alone.candidates.map((c) => c.entity.id)).toEqual([id('ambra-a'), id('ambra-b')]);
      } finally {
        await removeCurationTestData(server.driver);
      }
    });

    it('keeps to the kinds asked for', async () => {
      const text = 'Sam Altman met Fumio Kishida in Japan.';
      expect(linked(await mentions(text, { types: ['COUNTRY'] }))).toEqual([['Japan', 'japan']]);
      expect(linked(await mentions(text, { types: ['PERSON'] })).map(([, id]) => id)).toEqual(['sam-altman', 'fumio-kishida']);
    });

    it('counts offsets in UTF-16 code units, past characters outside the Basic Multilingual Plane', async () => {
      const text = '🎉🎉 OpenAI';
      const [mention] = await mentions(text);
      expect(mention).toMatchObject({ start: 5, end: 11, text: 'OpenAI' });
    });

    it('links against the graph as it was known at a moment: nothing before the seed was recorded', async () => {
      expect(await mentions('OpenAI and Japan', { knownAt: '2000-01-01T00:00:00Z' })).toEqual([]);
      expect(linked(await mentions('OpenAI and Japan', { knownAt: new Date().toISOString(), asOf: '2023-04-10' })).map(([, id]) => id)).toEqual(['openai', 'japan']);
    });
  });

  describe('bad input', () => {
    it('refuses an empty or blank text with BAD_USER_INPUT', async () => {
      for (const text of ['', '   ']) {
        const response = await mentionsOf(text);
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
      }
    });

    it('refuses a text over MAX_MENTION_TEXT with BAD_USER_INPUT, and the default BODY_LIMIT lets a Japanese text at the limit through', async () => {
      const over = await mentionsOf('a'.repeat(100_001));
      expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
      const atLimit = `日本政府は${'あ'.repeat(100_000 - 5)}`;
      expect(atLimit.length).toBe(100_000);
      expect(linked(await mentions(atLimit))).toEqual([['日本政府', 'government-of-japan']]);
    });

    it('refuses an unknown type with BAD_USER_INPUT', async () => {
      const response = await mentionsOf('Japan', { types: ['PLANET'] });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses candidates(first:) out of its bounds', async () => {
      const response = await server.query('query ($first: Int) { mentions(text: "Japan") { candidates(first: $first) { score } } }', { first: 50 });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });

  it('answers with one Cypher round trip, entity and candidates selections included', async () => {
    const context = server.kg.createContext();
    const { ApolloServer } = await import('@apollo/server');
    const apollo = new ApolloServer({ gateway: server.kg.gateway, plugins: server.kg.plugins });
    const response = await apollo.executeOperation(
      {
        query: `{ mentions(text: "Sam Altman met Fumio Kishida in Japan.") {
          text entity { id name }
          top: candidates(first: 1) { score entity { id } }
        } }`,
      },
      { contextValue: context },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    const data = response.body.singleResult.data as { mentions: Array<{ entity: { name: string }; top: unknown[] }> };
    expect(data.mentions).toHaveLength(3);
    expect(data.mentions[0].entity.name).toBe('Sam Altman');
    expect(data.mentions.every((m) => m.top.length === 1)).toBe(true);
    expect(context.roundTrips.count).toBe(1);
    await apollo.stop();
  });
});
