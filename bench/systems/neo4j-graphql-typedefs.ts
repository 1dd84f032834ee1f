import { PROVENANCE_TYPES, RelationshipType } from '../../src/schema/enums';

/**
 * The same graph served by the Neo4j GraphQL Library (@neo4j/graphql 7), with type definitions
 * written as its users write them: one @node type per label, typed @relationship fields with
 * @relationshipProperties, @fulltext naming the existing full-text indexes (it accepts only String
 * fields, so `aliases` is left out of the declaration; the indexes themselves still cover aliases). What the library has no
 * construct for is a @cypher field, as its documentation advises:
 * - `sources`: ids in a list property, not relationships, so a lookup by id;
 * - `related` / `relationships`: "the first N relationships of any type" (a @relationship field has
 *   one type), used by the entity and nested scenarios;
 * - `neighborhood` and `shortestPath`: paths, written the way most users write them (a
 *   variable-length pattern and `shortestPath()`), not tuned as the API's queries are.
 */

const TRAVERSED = Object.values(RelationshipType)
  .filter((type) => !PROVENANCE_TYPES.includes(type))
  .join('|');

const SOURCES = `sources: [EntityNode!]!
    @cypher(statement: "MATCH (s:Entity) WHERE s.id IN this.sources RETURN s", columnName: "s")`;

/** Other ends of the first `first` relationships, ordered as the API orders them. */
const RELATED = `related(first: Int = 10): [EntityNode!]!
    @cypher(
      statement: """
      MATCH (this)-[r]-(o)
      WITH r, o ORDER BY type(r), o.name, r.id LIMIT $first
      RETURN o
      """
      columnName: "o"
    )`;

/** The relationships themselves (type, dates, other end) for the entity scenario. */
const RELATIONSHIPS = `relationships(first: Int = 20): [RelationshipEdge!]!
    @cypher(
      statement: """
      MATCH (this)-[r]-(o)
      WITH r, o ORDER BY type(r), o.name, r.id LIMIT $first
      RETURN {id: r.id, type: type(r), since: r.since, until: r.until, role: r.role, title: r.title, otherId: o.id, otherName: o.name} AS edge
      """
      columnName: "edge"
    )`;

const COMMON = `id: ID!
  name: String!
  aliases: [String!]!
  description: String
  ${SOURCES}
  ${RELATED}
  ${RELATIONSHIPS}`;

export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
type Dated @relationshipProperties {
  title: String
  role: String
  since: Date
  until: Date
  sources: [String!]
}

type RelationshipEdge {
  id: ID!
  type: String!
  since: Date
  until: Date
  role: String
  title: String
  otherId: ID!
  otherName: String
}

type EntityNode
  @node(labels: ["Entity"])
  @fulltext(
    indexes: [
      { indexName: "entity_search", queryName: "searchEntities", fields: ["name"] }
      { indexName: "entity_search_cjk", queryName: "searchEntitiesCjk", fields: ["name"] }
    ]
  ) {
  ${COMMON}
}

type Person @node(labels: ["Person", "Entity"]) {
  ${COMMON}
  positions: [Organization!]! @relationship(type: "HOLDS_POSITION", direction: OUT, properties: "Dated")
  events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Dated")
}

type Organization @node(labels: ["Organization", "Entity"]) {
  ${COMMON}
  category: String
  country: [Country!]! @relationship(type: "BASED_IN", direction: OUT, properties: "Dated")
  people: [Person!]! @relationship(type: "HOLDS_POSITION", direction: IN, properties: "Dated")
}

type Country @node(labels: ["Country", "Entity"]) {
  ${COMMON}
  isoCode: String
  events: [Event!]! @relationship(type: "HELD_IN", direction: IN, properties: "Dated")
  organizations: [Organization!]! @relationship(type: "BASED_IN", direction: IN, properties: "Dated")
}

type Event @node(labels: ["Event", "Entity"]) {
  ${COMMON}
  category: String!
  startDate: Date!
  endDate: Date
  datePrecision: String
  location: [Country!]! @relationship(type: "HELD_IN", direction: OUT, properties: "Dated")
  participants: [Person!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Dated")
}

type Query {
  neighborhood(id: ID!, limit: Int = 200): [EntityNode!]!
    @cypher(
      statement: """
      MATCH (c:Entity {id: $id})
      MATCH p = (c)-[:${TRAVERSED}*1..2]-(n:Entity)
      WHERE n <> c
      WITH n, min(length(p)) AS distance
      ORDER BY distance, n.name, n.id
      LIMIT $limit
      RETURN n
      """
      columnName: "n"
    )
  shortestPath(from: ID!, to: ID!): [EntityNode!]!
    @cypher(
      statement: """
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = shortestPath((a)-[:${TRAVERSED}*..6]-(b))
      UNWIND nodes(p) AS n
      RETURN n
      """
      columnName: "n"
    )
}
`;
