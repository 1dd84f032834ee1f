/**
 * The closed vocabularies of the graph: in `src/graph/`, the allow-list for anything spliced into
 * Cypher (a label or relationship type that is not a member here can never reach a query); in
 * `src/schema/enums.ts`, registered as GraphQL enums with a description of every value.
 */

export enum EntityType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  COUNTRY = 'COUNTRY',
  EVENT = 'EVENT',
  PRODUCT = 'PRODUCT',
  TOPIC = 'TOPIC',
  SOURCE = 'SOURCE',
}

export enum RelationshipType {
  HOLDS_POSITION = 'HOLDS_POSITION',
  CO_FOUNDED = 'CO_FOUNDED',
  AUTHORED = 'AUTHORED',
  DEVELOPS = 'DEVELOPS',
  BASED_IN = 'BASED_IN',
  MEMBER_OF = 'MEMBER_OF',
  PART_OF = 'PART_OF',
  PARTICIPATED_IN = 'PARTICIPATED_IN',
  HOSTED = 'HOSTED',
  STATED = 'STATED',
  HELD_IN = 'HELD_IN',
  CONCERNS = 'CONCERNS',
  REFERS_TO = 'REFERS_TO',
  AFFECTED = 'AFFECTED',
  LED_TO = 'LED_TO',
  IMPOSED = 'IMPOSED',
  TARGETS = 'TARGETS',
  SIGNED = 'SIGNED',
  ADDRESSED_TO = 'ADDRESSED_TO',
  ORGANIZED = 'ORGANIZED',
  MENTIONED_IN = 'MENTIONED_IN',
}

export enum EventCategory {
  MEETING = 'MEETING',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  STATEMENT = 'STATEMENT',
  DATA_BREACH = 'DATA_BREACH',
  BAN = 'BAN',
  PROPOSAL = 'PROPOSAL',
  INVESTIGATION = 'INVESTIGATION',
  OPEN_LETTER = 'OPEN_LETTER',
  SUMMIT = 'SUMMIT',
}

export enum OrganizationCategory {
  COMPANY = 'COMPANY',
  GOVERNMENT = 'GOVERNMENT',
  POLITICAL_PARTY = 'POLITICAL_PARTY',
  REGULATOR = 'REGULATOR',
  INTERGOVERNMENTAL = 'INTERGOVERNMENTAL',
}

export enum Direction {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/** How a search hit's or a mention's spelling matched the text: equal, a prefix of it or of one of its words, with typos, or its words reordered. */
export enum MatchKind {
  EXACT = 'EXACT',
  PREFIX = 'PREFIX',
  FUZZY = 'FUZZY',
  /** A name's words in the other order (a mention's "Kono Taro" of "Taro Kono"). */
  REORDERED = 'REORDERED',
}

/** What a change record did: the values of `Change.op`, as history records it and `subscription { changes(types) }` filters by it. */
export enum ChangeOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ASSERT = 'ASSERT',
  ADD_SOURCES = 'ADD_SOURCES',
  RETRACT = 'RETRACT',
  ERASE = 'ERASE',
  LOAD = 'LOAD',
}

/** Neo4j label of each entity kind; every entity also carries `Entity`. */
export const LABEL_OF_TYPE: Readonly<Record<EntityType, string>> = {
  [EntityType.PERSON]: 'Person',
  [EntityType.ORGANIZATION]: 'Organization',
  [EntityType.COUNTRY]: 'Country',
  [EntityType.EVENT]: 'Event',
  [EntityType.PRODUCT]: 'Product',
  [EntityType.TOPIC]: 'Topic',
  [EntityType.SOURCE]: 'Source',
};

/** Provenance edges: left out of paths and neighbourhoods unless a caller names them. */
export const PROVENANCE_TYPES: readonly RelationshipType[] = [
  RelationshipType.MENTIONED_IN,
  RelationshipType.AUTHORED,
];
