"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.flattenPropertySources = flattenPropertySources;
exports.entityRow = entityRow;
exports.relationshipRow = relationshipRow;
exports.mergeEntitiesQuery = mergeEntitiesQuery;
exports.mergeRelationshipsQuery = mergeRelationshipsQuery;
exports.existingEntitiesQuery = existingEntitiesQuery;
exports.graphIsEmptyQuery = graphIsEmptyQuery;
const neo4j_driver_1 = __importDefault(require("neo4j-driver"));
const enums_1 = require("../../schema/enums");
/** `{ endDate: ["background"] }` -> `["endDate:background"]`: Neo4j stores no maps, so pairs. */
function flattenPropertySources(propertySources) {
    return Object.entries(propertySources).flatMap(([property, ids]) => ids.map((id) => `${property}:${id}`));
}
function entityRow(entity) {
    const row = { id: entity.id, props: {}, startDate: null, endDate: null, publishedOn: null };
    const props = {
        name: entity.name,
        aliases: entity.aliases,
        description: entity.description,
        sources: entity.sources,
        propertySources: flattenPropertySources(entity.propertySources),
        // Kind properties of every kind, null on the others: an entity whose kind changed loses the old ones.
        category: null,
        isoCode: null,
        datePrecision: null,
        endDatePrecision: null,
        signatories: null,
        title: null,
        url: null,
    };
    switch (entity.type) {
        case enums_1.EntityType.ORGANIZATION:
            props.category = entity.category;
            break;
        case enums_1.EntityType.COUNTRY:
            props.isoCode = entity.isoCode;
            break;
        case enums_1.EntityType.EVENT:
            props.category = entity.category;
            props.datePrecision = entity.startDate.precision;
            props.endDatePrecision = entity.endDate?.precision ?? null;
            // A JS number would be stored as a float; the schema promises an integer.
            props.signatories = entity.signatories === null ? null : neo4j_driver_1.default.int(entity.signatories);
            row.startDate = entity.startDate.value;
            row.endDate = entity.endDate?.value ?? null;
            break;
        case enums_1.EntityType.SOURCE:
            props.title = entity.title;
            props.url = entity.url;
            row.publishedOn = entity.publishedOn?.value ?? null;
            break;
        default:
            break;
    }
    row.props = props;
    return row;
}
function relationshipRow(rel) {
    return {
        id: rel.id,
        from: rel.from,
        to: rel.to,
        props: {
            title: rel.title,
            role: rel.role,
            sincePrecision: rel.since?.precision ?? null,
            untilPrecision: rel.until?.precision ?? null,
            sources: rel.sources,
            propertySources: flattenPropertySources(rel.propertySources),
        },
        since: rel.since?.value ?? null,
        until: rel.until?.value ?? null,
        validFrom: rel.validFrom,
        validTo: rel.validTo,
    };
}
/** The kind label of `type`, from the allow-list only. */
function labelOf(type) {
    const label = enums_1.LABEL_OF_TYPE[type];
    if (label === undefined)
        throw new Error(`unknown entity type "${String(type)}"`);
    return label;
}
/** Upserts a batch of entities of one kind, keyed on id; other kind labels are removed. */
function mergeEntitiesQuery(type, rows) {
    const label = labelOf(type);
    const otherLabels = Object.values(enums_1.EntityType)
        .map(labelOf)
        .filter((other) => other !== label);
    return {
        name: `seed.mergeEntities.${label}`,
        cypher: `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
REMOVE e:${otherLabels.join(':')}
SET e:${label}, e += row.props,
    e.startDate = date(row.startDate), e.endDate = date(row.endDate), e.publishedOn = date(row.publishedOn)
RETURN count(e) AS written`,
        params: { rows },
    };
}
const RELATIONSHIP_TYPES = new Set(Object.values(enums_1.RelationshipType));
/** Upserts a batch of relationships of one type, keyed on their derived id. */
function mergeRelationshipsQuery(type, rows) {
    // The type is spliced into the query, so it must be a member of the closed set, whatever the caller's types say.
    if (!RELATIONSHIP_TYPES.has(type))
        throw new Error(`unknown relationship type "${String(type)}"`);
    return {
        name: `seed.mergeRelationships.${type}`,
        cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r += row.props,
    r.since = date(row.since), r.until = date(row.until),
    r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)
RETURN count(r) AS written`,
        params: { rows },
    };
}
/** Which of `ids` exist, and with which labels: the check of a seed's references to the database. */
function existingEntitiesQuery(ids) {
    return {
        name: 'seed.existingEntities',
        cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, labels(e) AS labels`,
        params: { ids: [...ids] },
    };
}
/** True when no entity exists: the signal that start-up should load the seed. */
function graphIsEmptyQuery() {
    return {
        name: 'seed.graphIsEmpty',
        cypher: 'RETURN NOT EXISTS { MATCH (:Entity) } AS empty',
        params: {},
    };
}
