"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.entityProjection = entityProjection;
exports.relationshipProjection = relationshipProjection;
exports.toEntityRecord = toEntityRecord;
exports.toRelationshipRecord = toRelationshipRecord;
const enums_1 = require("../schema/enums");
const values_1 = require("./values");
const TYPE_OF_LABEL = new Map(Object.values(enums_1.EntityType).map((type) => [type.charAt(0) + type.slice(1).toLowerCase(), type]));
/** The Cypher projection that {@link toEntityRecord} reads: `RETURN <ENTITY_FIELDS(e)> AS entity`. */
function entityProjection(variable) {
    return `${variable} { .*, labels: labels(${variable}) }`;
}
/** The Cypher projection that {@link toRelationshipRecord} reads. */
function relationshipProjection(variable) {
    return `${variable} { .*, type: type(${variable}), fromId: startNode(${variable}).id, toId: endNode(${variable}).id }`;
}
function toEntityRecord(raw) {
    const labels = (0, values_1.toStringList)(raw.labels);
    const type = labels.map((label) => TYPE_OF_LABEL.get(label)).find((t) => t !== undefined);
    if (type === undefined)
        throw new Error(`node "${String(raw.id)}" has no entity kind label (labels: ${labels.join(', ')})`);
    return {
        id: String(raw.id),
        type,
        name: String(raw.name ?? raw.id),
        aliases: (0, values_1.toStringList)(raw.aliases),
        description: (0, values_1.toStringOrNull)(raw.description),
        sourceIds: (0, values_1.toStringList)(raw.sources),
        category: (0, values_1.toStringOrNull)(raw.category),
        isoCode: (0, values_1.toStringOrNull)(raw.isoCode),
        startDate: (0, values_1.toIsoDate)(raw.startDate),
        endDate: (0, values_1.toIsoDate)(raw.endDate),
        datePrecision: (0, values_1.toStringOrNull)(raw.datePrecision),
        signatories: (0, values_1.toNumberOrNull)(raw.signatories),
        title: (0, values_1.toStringOrNull)(raw.title),
        publishedOn: (0, values_1.toIsoDate)(raw.publishedOn),
        url: (0, values_1.toStringOrNull)(raw.url),
    };
}
function toRelationshipRecord(raw) {
    return {
        id: String(raw.id),
        type: raw.type,
        fromId: String(raw.fromId),
        toId: String(raw.toId),
        title: (0, values_1.toStringOrNull)(raw.title),
        role: (0, values_1.toStringOrNull)(raw.role),
        since: (0, values_1.toIsoDate)(raw.since),
        sincePrecision: (0, values_1.toStringOrNull)(raw.sincePrecision),
        until: (0, values_1.toIsoDate)(raw.until),
        untilPrecision: (0, values_1.toStringOrNull)(raw.untilPrecision),
        sourceIds: (0, values_1.toStringList)(raw.sources),
    };
}
