import { registerEnumType } from 'type-graphql';
import { ChangeOperation, DatePrecision, Direction, EntityType, EventCategory, OrganizationCategory, RelationshipType } from '../graph/enums';

/* The graph's closed vocabularies (src/graph/enums.ts), registered as GraphQL enums. */

export * from '../graph/enums';

/** Enum value descriptions, so the Sandbox explains every value. */
const describe = <T extends string>(descriptions: Record<T, string>) =>
  Object.fromEntries(Object.entries(descriptions).map(([value, description]) => [value, { description }])) as Record<T, { description: string }>;

registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'The kind of an entity; each is a Neo4j label.',
  valuesConfig: describe<EntityType>({
    PERSON: 'A person.',
    ORGANIZATION: 'An institution: company, government, party, regulator, intergovernmental body.',
    COUNTRY: 'A country, or a region such as Europe (no ISO code).',
    EVENT: 'Something that happened at a date: a meeting, ban, open letter, statement, ...',
    PRODUCT: 'A product, such as a chatbot or a language model.',
    TOPIC: 'A subject that events concern.',
    SOURCE: 'Where facts come from: an article, or background knowledge.',
  }),
});
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'The closed set of relationship types between entities; each reads from `from` to `to`.',
  valuesConfig: describe<RelationshipType>({
    HOLDS_POSITION: 'A person holds (or held) a position in an organization; see `title`, `since`, `until`.',
    CO_FOUNDED: 'A person co-founded an organization.',
    AUTHORED: 'A person wrote a source (provenance).',
    DEVELOPS: 'An organization develops a product.',
    BASED_IN: 'An organization is based in a country.',
    MEMBER_OF: 'A country or organization is a member of another organization.',
    PART_OF: 'A country is part of a region.',
    PARTICIPATED_IN: 'An entity took part in an event; see `role`.',
    HOSTED: 'An organization hosted an event.',
    STATED: 'A person made a statement or announcement (an event).',
    HELD_IN: 'An event took place in a country or region.',
    CONCERNS: 'An event concerns a topic, product or organization.',
    REFERS_TO: 'An event refers to another event.',
    AFFECTED: 'An event affected a product or organization.',
    LED_TO: 'An event led to another event.',
    IMPOSED: 'An organization imposed a measure (an event), such as a ban.',
    TARGETS: 'A measure targets an organization or product.',
    SIGNED: 'A person signed an open letter.',
    ADDRESSED_TO: 'A letter or proposal was addressed to an organization.',
    ORGANIZED: 'An organization organized an event.',
    MENTIONED_IN: 'An entity is mentioned in a source (provenance).',
  }),
});
registerEnumType(EventCategory, {
  name: 'EventCategory',
  description: 'What kind of event happened.',
  valuesConfig: describe<EventCategory>({
    MEETING: 'People or institutions met.',
    ANNOUNCEMENT: 'Someone announced plans.',
    STATEMENT: 'Someone stated a position, for example at a press conference.',
    DATA_BREACH: 'Data was exposed.',
    BAN: 'A use was banned or limited, even temporarily.',
    PROPOSAL: 'Someone put measures to someone else.',
    INVESTIGATION: 'An authority looked into something.',
    OPEN_LETTER: 'A public letter with signatories.',
    SUMMIT: 'A high-level conference.',
  }),
});
registerEnumType(OrganizationCategory, {
  name: 'OrganizationCategory',
  description: 'What kind of institution.',
  valuesConfig: describe<OrganizationCategory>({
    COMPANY: 'A business.',
    GOVERNMENT: 'A national government or cabinet.',
    POLITICAL_PARTY: 'A political party.',
    REGULATOR: 'A regulatory authority.',
    INTERGOVERNMENTAL: 'A body of several states, such as the G7.',
  }),
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which relationships of an entity to follow, seen from that entity.',
  valuesConfig: describe<Direction>({
    OUTGOING: 'Relationships from this entity.',
    INCOMING: 'Relationships to this entity.',
    BOTH: 'Either way.',
  }),
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a date is known: a 2023-04-01 date of MONTH precision means some day of April 2023.',
  valuesConfig: describe<DatePrecision>({
    DAY: 'The exact day.',
    MONTH: 'The month; the date is its first day.',
    YEAR: 'The year; the date is its first day.',
  }),
});
registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'What a change did, as `Change.op` names it.',
  valuesConfig: describe<ChangeOperation>({
    CREATE: 'Created an entity or source.',
    UPDATE: 'Changed properties.',
    ASSERT: 'Asserted a relationship (or asserted a retracted one again).',
    ADD_SOURCES: 'Added sources to a relationship.',
    RETRACT: 'Retracted an entity or relationship.',
    ERASE: 'Erased for a legal reason.',
    LOAD: 'Loaded by the seed loader.',
  }),
});
