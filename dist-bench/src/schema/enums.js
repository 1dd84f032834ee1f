"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROVENANCE_TYPES = exports.LABEL_OF_TYPE = exports.DatePrecision = exports.Direction = exports.OrganizationCategory = exports.EventCategory = exports.RelationshipType = exports.EntityType = void 0;
const type_graphql_1 = require("type-graphql");
/**
 * The closed vocabularies of the graph. Each enum is both a GraphQL enum and, in `src/graph/`, the
 * allow-list for anything spliced into Cypher: a label or relationship type that is not a member
 * here can never reach a query.
 */
var EntityType;
(function (EntityType) {
    EntityType["PERSON"] = "PERSON";
    EntityType["ORGANIZATION"] = "ORGANIZATION";
    EntityType["COUNTRY"] = "COUNTRY";
    EntityType["EVENT"] = "EVENT";
    EntityType["PRODUCT"] = "PRODUCT";
    EntityType["TOPIC"] = "TOPIC";
    EntityType["SOURCE"] = "SOURCE";
})(EntityType || (exports.EntityType = EntityType = {}));
var RelationshipType;
(function (RelationshipType) {
    RelationshipType["HOLDS_POSITION"] = "HOLDS_POSITION";
    RelationshipType["CO_FOUNDED"] = "CO_FOUNDED";
    RelationshipType["AUTHORED"] = "AUTHORED";
    RelationshipType["DEVELOPS"] = "DEVELOPS";
    RelationshipType["BASED_IN"] = "BASED_IN";
    RelationshipType["MEMBER_OF"] = "MEMBER_OF";
    RelationshipType["PART_OF"] = "PART_OF";
    RelationshipType["PARTICIPATED_IN"] = "PARTICIPATED_IN";
    RelationshipType["HOSTED"] = "HOSTED";
    RelationshipType["STATED"] = "STATED";
    RelationshipType["HELD_IN"] = "HELD_IN";
    RelationshipType["CONCERNS"] = "CONCERNS";
    RelationshipType["REFERS_TO"] = "REFERS_TO";
    RelationshipType["AFFECTED"] = "AFFECTED";
    RelationshipType["LED_TO"] = "LED_TO";
    RelationshipType["IMPOSED"] = "IMPOSED";
    RelationshipType["TARGETS"] = "TARGETS";
    RelationshipType["SIGNED"] = "SIGNED";
    RelationshipType["ADDRESSED_TO"] = "ADDRESSED_TO";
    RelationshipType["ORGANIZED"] = "ORGANIZED";
    RelationshipType["MENTIONED_IN"] = "MENTIONED_IN";
})(RelationshipType || (exports.RelationshipType = RelationshipType = {}));
var EventCategory;
(function (EventCategory) {
    EventCategory["MEETING"] = "MEETING";
    EventCategory["ANNOUNCEMENT"] = "ANNOUNCEMENT";
    EventCategory["STATEMENT"] = "STATEMENT";
    EventCategory["DATA_BREACH"] = "DATA_BREACH";
    EventCategory["BAN"] = "BAN";
    EventCategory["PROPOSAL"] = "PROPOSAL";
    EventCategory["INVESTIGATION"] = "INVESTIGATION";
    EventCategory["OPEN_LETTER"] = "OPEN_LETTER";
    EventCategory["SUMMIT"] = "SUMMIT";
})(EventCategory || (exports.EventCategory = EventCategory = {}));
var OrganizationCategory;
(function (OrganizationCategory) {
    OrganizationCategory["COMPANY"] = "COMPANY";
    OrganizationCategory["GOVERNMENT"] = "GOVERNMENT";
    OrganizationCategory["POLITICAL_PARTY"] = "POLITICAL_PARTY";
    OrganizationCategory["REGULATOR"] = "REGULATOR";
    OrganizationCategory["INTERGOVERNMENTAL"] = "INTERGOVERNMENTAL";
})(OrganizationCategory || (exports.OrganizationCategory = OrganizationCategory = {}));
var Direction;
(function (Direction) {
    Direction["OUTGOING"] = "OUTGOING";
    Direction["INCOMING"] = "INCOMING";
    Direction["BOTH"] = "BOTH";
})(Direction || (exports.Direction = Direction = {}));
var DatePrecision;
(function (DatePrecision) {
    DatePrecision["DAY"] = "DAY";
    DatePrecision["MONTH"] = "MONTH";
    DatePrecision["YEAR"] = "YEAR";
})(DatePrecision || (exports.DatePrecision = DatePrecision = {}));
/** Neo4j label of each entity kind; every entity also carries `Entity`. */
exports.LABEL_OF_TYPE = {
    [EntityType.PERSON]: 'Person',
    [EntityType.ORGANIZATION]: 'Organization',
    [EntityType.COUNTRY]: 'Country',
    [EntityType.EVENT]: 'Event',
    [EntityType.PRODUCT]: 'Product',
    [EntityType.TOPIC]: 'Topic',
    [EntityType.SOURCE]: 'Source',
};
/** Provenance edges: left out of paths and neighbourhoods unless a caller names them. */
exports.PROVENANCE_TYPES = [
    RelationshipType.MENTIONED_IN,
    RelationshipType.AUTHORED,
];
/** Enum value descriptions, so the Sandbox explains every value. */
const describe = (descriptions) => Object.fromEntries(Object.entries(descriptions).map(([value, description]) => [value, { description }]));
(0, type_graphql_1.registerEnumType)(EntityType, {
    name: 'EntityType',
    description: 'The kind of an entity; each is a Neo4j label.',
    valuesConfig: describe({
        PERSON: 'A person.',
        ORGANIZATION: 'An institution: company, government, party, regulator, intergovernmental body.',
        COUNTRY: 'A country, or a region such as Europe (no ISO code).',
        EVENT: 'Something that happened at a date: a meeting, ban, open letter, statement, ...',
        PRODUCT: 'A product, such as a chatbot or a language model.',
        TOPIC: 'A subject that events concern.',
        SOURCE: 'Where facts come from: an article, or background knowledge.',
    }),
});
(0, type_graphql_1.registerEnumType)(RelationshipType, {
    name: 'RelationshipType',
    description: 'The closed set of relationship types between entities; each reads from `from` to `to`.',
    valuesConfig: describe({
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
(0, type_graphql_1.registerEnumType)(EventCategory, {
    name: 'EventCategory',
    description: 'What kind of event happened.',
    valuesConfig: describe({
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
(0, type_graphql_1.registerEnumType)(OrganizationCategory, {
    name: 'OrganizationCategory',
    description: 'What kind of institution.',
    valuesConfig: describe({
        COMPANY: 'A business.',
        GOVERNMENT: 'A national government or cabinet.',
        POLITICAL_PARTY: 'A political party.',
        REGULATOR: 'A regulatory authority.',
        INTERGOVERNMENTAL: 'A body of several states, such as the G7.',
    }),
});
(0, type_graphql_1.registerEnumType)(Direction, {
    name: 'Direction',
    description: 'Which relationships of an entity to follow, seen from that entity.',
    valuesConfig: describe({
        OUTGOING: 'Relationships from this entity.',
        INCOMING: 'Relationships to this entity.',
        BOTH: 'Either way.',
    }),
});
(0, type_graphql_1.registerEnumType)(DatePrecision, {
    name: 'DatePrecision',
    description: 'How precisely a date is known: a 2023-04-01 date of MONTH precision means some day of April 2023.',
    valuesConfig: describe({
        DAY: 'The exact day.',
        MONTH: 'The month; the date is its first day.',
        YEAR: 'The year; the date is its first day.',
    }),
});
