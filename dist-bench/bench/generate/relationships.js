"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateRelationships = generateRelationships;
const enums_1 = require("../../src/schema/enums");
const seed_dates_1 = require("../../src/graph/seed/seed-dates");
const entities_1 = require("./entities");
const plan_1 = require("./plan");
const random_1 = require("./random");
const TITLES = ['Chief Executive Officer', 'Minister', 'Chair', 'Director', 'Researcher', 'Spokesperson'];
const ROLES = ['host', 'guest', 'speaker', 'delegate', 'observer'];
const TEMPLATES = {
    [enums_1.EntityType.PERSON]: [
        { type: enums_1.RelationshipType.HOLDS_POSITION, other: enums_1.EntityType.ORGANIZATION, mean: 1.2, title: TITLES },
        { type: enums_1.RelationshipType.CO_FOUNDED, other: enums_1.EntityType.ORGANIZATION, mean: 0.1 },
        { type: enums_1.RelationshipType.PARTICIPATED_IN, other: enums_1.EntityType.EVENT, mean: 2, role: ROLES },
        { type: enums_1.RelationshipType.STATED, other: enums_1.EntityType.EVENT, mean: 0.5 },
        { type: enums_1.RelationshipType.SIGNED, other: enums_1.EntityType.EVENT, mean: 0.2 },
        { type: enums_1.RelationshipType.AUTHORED, other: enums_1.EntityType.SOURCE, mean: 0.02 },
        { type: enums_1.RelationshipType.MENTIONED_IN, other: enums_1.EntityType.SOURCE, mean: 0.6 },
    ],
    [enums_1.EntityType.ORGANIZATION]: [
        { type: enums_1.RelationshipType.BASED_IN, other: enums_1.EntityType.COUNTRY, mean: 0.95, once: true },
        { type: enums_1.RelationshipType.MEMBER_OF, other: enums_1.EntityType.ORGANIZATION, mean: 0.3 },
        { type: enums_1.RelationshipType.DEVELOPS, other: enums_1.EntityType.PRODUCT, mean: 0.8 },
        { type: enums_1.RelationshipType.PARTICIPATED_IN, other: enums_1.EntityType.EVENT, mean: 1, role: ROLES },
        { type: enums_1.RelationshipType.HOSTED, other: enums_1.EntityType.EVENT, mean: 0.4 },
        { type: enums_1.RelationshipType.IMPOSED, other: enums_1.EntityType.EVENT, mean: 0.2 },
        { type: enums_1.RelationshipType.ORGANIZED, other: enums_1.EntityType.EVENT, mean: 0.3 },
        { type: enums_1.RelationshipType.MENTIONED_IN, other: enums_1.EntityType.SOURCE, mean: 0.6 },
    ],
    [enums_1.EntityType.EVENT]: [
        { type: enums_1.RelationshipType.HELD_IN, other: enums_1.EntityType.COUNTRY, mean: 0.95, once: true },
        { type: enums_1.RelationshipType.CONCERNS, other: enums_1.EntityType.TOPIC, mean: 1.5 },
        { type: enums_1.RelationshipType.CONCERNS, other: enums_1.EntityType.PRODUCT, mean: 0.4 },
        { type: enums_1.RelationshipType.TARGETS, other: enums_1.EntityType.ORGANIZATION, mean: 0.3 },
        { type: enums_1.RelationshipType.AFFECTED, other: enums_1.EntityType.PRODUCT, mean: 0.2 },
        { type: enums_1.RelationshipType.ADDRESSED_TO, other: enums_1.EntityType.ORGANIZATION, mean: 0.2 },
        { type: enums_1.RelationshipType.LED_TO, other: enums_1.EntityType.EVENT, mean: 0.4 },
        { type: enums_1.RelationshipType.REFERS_TO, other: enums_1.EntityType.EVENT, mean: 0.2 },
        { type: enums_1.RelationshipType.MENTIONED_IN, other: enums_1.EntityType.SOURCE, mean: 0.8 },
    ],
    [enums_1.EntityType.COUNTRY]: [
        { type: enums_1.RelationshipType.MEMBER_OF, other: enums_1.EntityType.ORGANIZATION, mean: 2 },
        { type: enums_1.RelationshipType.MENTIONED_IN, other: enums_1.EntityType.SOURCE, mean: 1 },
    ],
    [enums_1.EntityType.PRODUCT]: [{ type: enums_1.RelationshipType.MENTIONED_IN, other: enums_1.EntityType.SOURCE, mean: 1.2 }],
    [enums_1.EntityType.TOPIC]: [{ type: enums_1.RelationshipType.MENTIONED_IN, other: enums_1.EntityType.SOURCE, mean: 1.2 }],
};
/** The relationships owned by entity `index` of kind `type`: a pure function of (seed, type, index). */
function generateRelationships(plan, type, index) {
    const rng = random_1.Random.for(plan.seed, 'rel', type, index);
    const owner = (0, plan_1.entityId)(type, index);
    const seen = new Set();
    const result = [];
    for (const template of TEMPLATES[type] ?? []) {
        const n = template.once ? (rng.chance(template.mean) ? 1 : 0) : rng.count(template.mean);
        for (let k = 0; k < n; k += 1) {
            const other = (0, plan_1.entityId)(template.other, rng.skewed(plan.counts[template.other]));
            const key = `${template.type}:${other}`;
            if (other === owner || seen.has(key))
                continue;
            seen.add(key);
            const from = owner;
            const to = other;
            const since = rng.chance(0.8) ? (0, entities_1.randomDate)(rng) : null;
            const until = since !== null && rng.chance(0.25) ? (0, entities_1.randomDate)(rng, Number(since.value.slice(0, 4))) : null;
            // An `until` drawn in since's year may still name an earlier day: then the relationship is open.
            const validUntil = until !== null && (0, seed_dates_1.lastDayOf)(until) >= since.value ? until : null;
            result.push({
                file: 'bench:generated',
                index: result.length,
                id: `${from}:${template.type}:${to}`,
                from,
                type: template.type,
                to,
                title: template.title ? rng.pick(template.title) : null,
                role: template.role ? rng.pick(template.role) : null,
                since,
                until: validUntil,
                validFrom: since?.value ?? null,
                validTo: validUntil === null ? null : (0, seed_dates_1.lastDayOf)(validUntil),
                sources: (0, entities_1.randomSources)(rng, plan),
                propertySources: {},
            });
        }
    }
    return result;
}
