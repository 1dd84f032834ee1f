import neo4j from 'neo4j-driver';
import { LABEL_OF_TYPE, type EntityType } from '../../src/graph/enums';
import { SEARCH_INDEXES } from '../../src/graph/search.repository';
import type { GraphPlan } from '../generate/plan';
import { drawNamed } from './articles';
import { cycle, pool, type FormPost, type Scenario } from './types';

const BATCH = 10;
const LIMIT = 3;

interface Query {
  query: string;
  type: EntityType | null;
  japanese: boolean;
}

/**
 * A reconciliation batch of 10 names, as OpenRefine sends a column's cells: a form-encoded POST of
 * `queries` to `/reconcile`, every other query constrained to its entity's kind, some names in
 * Japanese, 3 candidates each. Not GraphQL, so the bench's runner posts the form (`FormPost`), and
 * no round trips are counted for it (the counter belongs to GraphQL operations).
 *
 * The floor: the ten names in one query, each a phrase on the full-text index of its script,
 * filtered by kind, its best 3 hits. The API looks past the limit and ranks exact matches first, as
 * `search` does, reads the kind and description of each candidate, and answers each query apart.
 */
export function reconcileScenario(plan: GraphPlan): Scenario<FormPost> {
  const batches = pool(plan, 'reconcile', (rng) =>
    Array.from({ length: BATCH }, (_, k): Query => {
      const entity = drawNamed(plan, rng);
      const japanese = k % 3 === 2 && entity.japanese !== null;
      return { query: japanese ? entity.japanese! : entity.latin, type: k % 2 === 0 ? entity.type : null, japanese };
    }),
  );
  return {
    name: 'reconcile',
    question: 'a reconciliation batch of 10 names (OpenRefine, form-encoded POST), half with a type, some in Japanese, 3 candidates each',
    api: (i) => ({
      path: '/reconcile',
      form: {
        queries: JSON.stringify(
          Object.fromEntries(cycle(batches, i).map(({ query, type }, k) => [`q${k}`, { query, limit: LIMIT, ...(type === null ? {} : { type }) }])),
        ),
      },
    }),
    verify: (_i, body) => {
      const answers = Object.entries(body as Record<string, { result: Array<{ name: string }> }>);
      const empty = answers.filter(([, answer]) => answer.result.length === 0).map(([key]) => key);
      if (answers.length !== BATCH || empty.length > 0) throw new Error(`reconcile: ${answers.length} answers, none for ${empty.join(', ')}`);
    },
    cypher: (i) => ({
      cypher: `UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes(q.index, q.lucene) YIELD node, score
  WHERE q.label IS NULL OR q.label IN labels(node)
  RETURN node, score
  LIMIT $limit
}
RETURN q.key AS key, node.id AS id, node.name AS name, node.description AS description, score`,
      params: {
        queries: cycle(batches, i).map(({ query, type, japanese }, k) => ({
          key: `q${k}`,
          index: japanese ? SEARCH_INDEXES.cjk : SEARCH_INDEXES.latin,
          lucene: `"${query.replace(/["\\]/g, '\\$&')}"`,
          label: type === null ? null : LABEL_OF_TYPE[type],
        })),
        limit: neo4j.int(LIMIT),
      },
    }),
  };
}
