import { entityScenario } from './entity';
import type { GraphPlan } from '../generate/plan';
import type { Scenario } from './types';

/**
 * The `entity` question asked again by a client that holds the answer: a GET with If-None-Match,
 * answered 304 after one read of the revision counter (none of the operation's Cypher). Its floor
 * is that read alone.
 */
export function revalidateScenario(plan: GraphPlan): Scenario {
  const entity = entityScenario(plan);
  return {
    name: 'revalidate',
    question: 'the entity question again, as a GET with the If-None-Match of the answer the client holds (304)',
    api: entity.api,
    cypher: () => ({
      cypher: `OPTIONAL MATCH (counter:RevisionSequence {name: 'revisions'})
WITH coalesce(counter.last, 0) AS last
RETURN last, last = 0 OR EXISTS { MATCH (rev:Revision) WHERE rev.seq = last } AS settled, datetime().epochMillis AS nowMs`,
      params: {},
    }),
    revalidate: true,
  };
}
