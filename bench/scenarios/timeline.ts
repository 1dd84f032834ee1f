import neo4j from 'neo4j-driver';
import { EntityType } from '../../src/schema/enums';
import { FIRST_YEAR, LAST_YEAR } from '../generate/entities';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, randomId, type Scenario } from './types';

/**
 * Events of one country in one year, in date order (at most 100). The API's timeline counts an event
 * when its period overlaps the year; the floor does the same. In the generated graph a country meets
 * events only through HELD_IN, so "linked to the country" and "held in it" are the same set.
 */
export function timelineScenario(plan: GraphPlan): Scenario {
  const asks = pool(plan, 'timeline', (rng) => ({ id: randomId(plan, rng, EntityType.COUNTRY), year: rng.between(FIRST_YEAR, LAST_YEAR) }));
  const range = (i: number) => ({ id: cycle(asks, i).id, from: `${cycle(asks, i).year}-01-01`, to: `${cycle(asks, i).year}-12-31` });
  return {
    name: 'timeline',
    question: 'events of a country in one year, oldest first, at most 100',
    api: (i) => ({
      operationName: 'Timeline',
      query: `query Timeline($id: ID!, $from: Date!, $to: Date!) {
  timeline(entityId: $id, from: $from, to: $to) { id name category startDate }
}`,
      variables: range(i),
    }),
    cypher: (i) => ({
      cypher: `MATCH (:Entity {id: $id})--(e:Event)
WHERE e.startDate <= date($to)
WITH DISTINCT e, CASE coalesce(e.endDatePrecision, e.datePrecision)
    WHEN 'YEAR' THEN date.truncate('year', coalesce(e.endDate, e.startDate)) + duration('P1Y') - duration('P1D')
    WHEN 'MONTH' THEN date.truncate('month', coalesce(e.endDate, e.startDate)) + duration('P1M') - duration('P1D')
    ELSE coalesce(e.endDate, e.startDate) END AS end
WHERE end >= date($from)
WITH e ORDER BY e.startDate, e.name, e.id LIMIT $first
RETURN e {.id, .name, .category, .startDate}`,
      params: { ...range(i), first: neo4j.int(100) },
    }),
    neo4jGraphql: (i) => ({
      operationName: 'Timeline',
      query: `query Timeline($id: ID!, $from: Date!, $to: Date!) {
  countries(where: { id: { eq: $id } }) {
    events(where: { startDate: { gte: $from, lte: $to } }, sort: [{ startDate: ASC }, { name: ASC }], limit: 100) { id name category startDate }
  }
}`,
      variables: range(i),
    }),
    neo4jGraphqlNote: 'generated relationship field with where/sort/limit; events that started within the year',
  };
}
