import neo4j from 'neo4j-driver';
import { searchPrefixes } from '../generate/names';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, type Scenario } from './types';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A name prefix, Latin ("kish") or Japanese ("岸田"), top 10 hits. The floor asks one full-text index
 * directly: a Latin prefix as `kish*` on the folding index, Japanese text as a phrase on the cjk
 * index, which is what a hand-written query for this question would do. The API does more per
 * request (both indexes, typo tolerance, exact-match ranking): that is its price.
 */
export function searchScenario(plan: GraphPlan): Scenario {
  const prefixes = searchPrefixes();
  const texts = pool(plan, 'search', (rng) => rng.pick(prefixes));
  const lucene = (text: string): { index: string; query: string } =>
    CJK.test(text) ? { index: 'entity_search_cjk', query: `"${text}"` } : { index: 'entity_search', query: `${text}*` };
  return {
    name: 'search',
    question: 'entities whose name or alias starts with a prefix (Latin or Japanese), best 10',
    api: (i) => ({
      operationName: 'Search',
      query: `query Search($text: String!) { search(text: $text, first: 10) { score entity { id type name } } }`,
      variables: { text: cycle(texts, i) },
    }),
    cypher: (i) => {
      const { index, query } = lucene(cycle(texts, i));
      return {
        cypher: `CALL db.index.fulltext.queryNodes($index, $query, {limit: $first}) YIELD node, score
RETURN node.id AS id, labels(node) AS labels, node.name AS name, score`,
        params: { index, query, first: neo4j.int(10) },
      };
    },
    neo4jGraphql: (i) => {
      const { index, query } = lucene(cycle(texts, i));
      const field = index === 'entity_search' ? 'searchEntities' : 'searchEntitiesCjk';
      return {
        operationName: 'Search',
        query: `query Search($phrase: String!) { ${field}(phrase: $phrase, first: 10) { edges { score node { id name } } } }`,
        variables: { phrase: query },
      };
    },
    neo4jGraphqlNote: 'the generated @fulltext query fields, one per index, the client picking the index by script',
  };
}
