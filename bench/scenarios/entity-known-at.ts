import neo4j from 'neo4j-driver';
import { knownAtParam } from '../../src/graph/relationship-filter';
import { EntityType } from '../../src/schema/enums';
import type { GraphPlan } from '../generate/plan';
import { cycle, pool, randomId, type Scenario } from './types';

/** A fact's system-time check, as the API writes it (src/graph/live.ts); a relationship's also skips the periods it was retracted in. */
const known = (v: string) => `(${v}.recordedAt IS NULL OR ${v}.recordedAt <= $knownAt) AND (${v}.retractedAt IS NULL OR ${v}.retractedAt > $knownAt) AND ${v}.erasedAt IS NULL`;
const knownRel = (r: string) => `${known(r)} AND (${r}.pastRetractions IS NULL OR ` +
  `none(i IN range(0, size(${r}.pastRetractions) - 1) WHERE ${r}.pastRetractions[i] <= $knownAt AND $knownAt < ${r}.pastReassertions[i]))`;

/**
 * The `entity` scenario as the graph stood at a moment ("now-ish": when the scenarios are built, after the
 * load), so it reads what `entity` reads plus the system-time checks and the lookup of earlier
 * states. Same ids as `entity`, for a side-by-side ratio. The floor checks the same times; the peer
 * has no system time, so it has no request here.
 */
export function entityKnownAtScenario(plan: GraphPlan): Scenario {
  const ids = pool(plan, 'entity', (rng) => randomId(plan, rng, EntityType.ORGANIZATION));
  const knownAt = new Date().toISOString();
  return {
    name: 'entityKnownAt',
    question: 'the `entity` question as known at a moment (knownAt): the same fields, facts as recorded by then',
    api: (i) => ({
      operationName: 'EntityKnownAt',
      query: `query EntityKnownAt($id: ID!, $knownAt: DateTime) {
  entity(id: $id, knownAt: $knownAt) {
    __typename id type name aliases description
    sources { id name }
    ... on Organization { category country { id name } }
    relationships(first: 20) { totalCount edges { node { id type since until role title } other { id name } } }
  }
}`,
      variables: { id: cycle(ids, i), knownAt },
    }),
    cypher: (i) => ({
      cypher: `MATCH (e:Entity {id: $id}) WHERE ${known('e')}
RETURN e {
  .id, .name, .aliases, .description, .category, labels: labels(e),
  sources: COLLECT { MATCH (s:Entity) WHERE s.id IN e.sources RETURN s {.id, .name} },
  country: COLLECT { MATCH (e)-[c0:BASED_IN]->(c:Country) WHERE ${knownRel('c0')} RETURN c {.id, .name} },
  totalCount: COUNT { (e)-[r0]-() WHERE ${knownRel('r0')} },
  relationships: COLLECT {
    MATCH (e)-[r]-(o) WHERE ${knownRel('r')}
    WITH r, o ORDER BY type(r), o.name, r.id LIMIT $first
    RETURN {id: r.id, type: type(r), since: r.since, until: r.until, role: r.role, title: r.title, otherId: o.id, otherName: o.name}
  }
} AS entity`,
      params: { id: cycle(ids, i), first: neo4j.int(20), knownAt: knownAtParam(new Date(knownAt)) },
    }),
  };
}
