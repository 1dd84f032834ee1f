import neo4j from 'neo4j-driver';
import { EntityType } from '../../src/schema/enums';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, randomId, type Scenario } from './types';

/** An organization with 10 fields, its sources and country, and its first 20 relationships. */
export function entityScenario(plan: GraphPlan): Scenario {
  const ids = pool(plan, 'entity', (rng) => randomId(plan, rng, EntityType.ORGANIZATION));
  return {
    name: 'entity',
    question: 'an organization: 10 fields (sources and country included) and its first 20 relationships',
    api: (i) => ({
      operationName: 'Entity',
      query: `query Entity($id: ID!) {
  entity(id: $id) {
    __typename id type name aliases description
    sources { id name }
    ... on Organization { category country { id name } }
    relationships(first: 20) { totalCount edges { node { id type since until role title } other { id name } } }
  }
}`,
      variables: { id: cycle(ids, i) },
    }),
    cypher: (i) => ({
      cypher: `MATCH (e:Entity {id: $id})
RETURN e {
  .id, .name, .aliases, .description, .category, labels: labels(e),
  sources: COLLECT { MATCH (s:Entity) WHERE s.id IN e.sources RETURN s {.id, .name} },
  country: COLLECT { MATCH (e)-[:BASED_IN]->(c:Country) RETURN c {.id, .name} },
  totalCount: COUNT { (e)--() },
  relationships: COLLECT {
    MATCH (e)-[r]-(o)
    WITH r, o ORDER BY type(r), o.name, r.id LIMIT $first
    RETURN {id: r.id, type: type(r), since: r.since, until: r.until, role: r.role, title: r.title, otherId: o.id, otherName: o.name}
  }
} AS entity`,
      params: { id: cycle(ids, i), first: neo4j.int(20) },
    }),
    neo4jGraphql: (i) => ({
      operationName: 'Entity',
      query: `query Entity($id: ID!) {
  organizations(where: { id: { eq: $id } }) {
    __typename id name aliases description category
    sources { id name }
    country { id name }
    relationships(first: 20) { id type since until role title otherId otherName }
  }
}`,
      variables: { id: cycle(ids, i) },
    }),
    neo4jGraphqlNote: 'relationships of any type through a @cypher field (a @relationship field has one type); no totalCount',
  };
}
