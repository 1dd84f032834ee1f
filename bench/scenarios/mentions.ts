import neo4j from 'neo4j-driver';
import { lookupsOf, type Lookups } from '../../src/graph/mention-text';
import { SEARCH_INDEXES } from '../../src/graph/search.repository';
import type { GraphPlan } from '../generate/plan';
import { generateArticle } from './articles';
import { POOL_SIZE, cycle, pool, type Scenario } from './types';

/** Entities a lookup may propose, as the API's own linker takes them (src/graph/mention.repository.ts). */
const PER_LOOKUP = 20;
/** The share of an article's names its answer must find, or the bench stops before measuring. */
const MIN_FOUND = 0.9;

/**
 * The entities a news article of about 5 000 characters names: 30 of the bench graph, a third by
 * their Japanese alias in Japanese sentences, the rest by name in English ones. The bench graph's
 * names repeat (a few hundred person names over all its people), so most mentions are ambiguous, as
 * "Taro Sato" is in real text.
 *
 * The floor is the database's part of the question as a hand-written linker would ask it: the
 * article's lookups (its capitalised Latin runs and its Japanese runs, cut as the API cuts them) in
 * one query over both full-text indexes, the best 20 entities of each with their spellings and degree
 * (the prior). The API does more per request: the live-entity and `asOf` checks, the relations among
 * the plausible candidates (coherence), finding each spelling in the text, the ranking, and the
 * client's selection beneath `entity` and `candidates`.
 */
export function mentionsScenario(plan: GraphPlan): Scenario {
  const articles = pool(plan, 'mentions', (rng) => generateArticle(plan, rng));
  const lookups = new Array<Lookups | undefined>(POOL_SIZE);
  const lookupsAt = (i: number) => (lookups[i % POOL_SIZE] ??= lookupsOf(cycle(articles, i).text));
  return {
    name: 'mentions',
    question: 'the known entities an article of about 5 000 characters names (30, English and Japanese), each with its best 3 candidates',
    api: (i) => ({
      operationName: 'Mentions',
      query: `query Mentions($text: String!) {
  mentions(text: $text) { start end text entity { id type name } candidates(first: 3) { score matchKind entity { id } } }
}`,
      variables: { text: cycle(articles, i).text },
    }),
    verify: (i, body) => {
      // Which of the entities is meant is often undecidable here (names repeat), but every spelling
      // the article was written with must come back as a mention.
      const texts = new Set((body as { data: { mentions: Array<{ text: string }> } }).data.mentions.map((mention) => mention.text));
      const { spellings } = cycle(articles, i);
      const missed = spellings.filter((spelling) => !texts.has(spelling));
      if (missed.length > spellings.length * (1 - MIN_FOUND)) throw new Error(`mentions: ${missed.length} of ${spellings.length} names not found: ${missed.join(', ')}`);
    },
    cypher: (i) => {
      const { latin, cjk } = lookupsAt(i);
      return {
        cypher: `CALL () {
  UNWIND $latin AS q
  CALL (q) { CALL db.index.fulltext.queryNodes($latinIndex, q, {limit: $perLookup}) YIELD node RETURN node }
  RETURN node
  UNION
  UNWIND $cjk AS q
  CALL (q) { CALL db.index.fulltext.queryNodes($cjkIndex, q, {limit: $perLookup}) YIELD node RETURN node }
  RETURN node
}
RETURN node.id AS id, node.name AS name, node.aliases AS aliases, COUNT { (node)--() } AS degree`,
        params: { latin, cjk, latinIndex: SEARCH_INDEXES.latin, cjkIndex: SEARCH_INDEXES.cjk, perLookup: neo4j.int(PER_LOOKUP) },
      };
    },
  };
}
