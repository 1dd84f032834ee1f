"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KIND_ORDER = void 0;
exports.planGraph = planGraph;
exports.entityId = entityId;
const enums_1 = require("../../src/schema/enums");
/**
 * How many entities of each kind a graph of `total` has, and their ids. Counts follow a news graph:
 * many people and events, fewer organizations, a bounded set of countries, few sources. Ids are
 * `<kind>-<index>`; index 0 of every kind is its biggest hub (see Random.skewed).
 */
exports.KIND_ORDER = [
    enums_1.EntityType.SOURCE,
    enums_1.EntityType.COUNTRY,
    enums_1.EntityType.TOPIC,
    enums_1.EntityType.PRODUCT,
    enums_1.EntityType.ORGANIZATION,
    enums_1.EntityType.EVENT,
    enums_1.EntityType.PERSON,
];
const PREFIX = {
    [enums_1.EntityType.SOURCE]: 'source',
    [enums_1.EntityType.COUNTRY]: 'country',
    [enums_1.EntityType.TOPIC]: 'topic',
    [enums_1.EntityType.PRODUCT]: 'product',
    [enums_1.EntityType.ORGANIZATION]: 'org',
    [enums_1.EntityType.EVENT]: 'event',
    [enums_1.EntityType.PERSON]: 'person',
};
function planGraph(total, seed) {
    if (!Number.isInteger(total) || total < 1000)
        throw new RangeError(`scale must be an integer of at least 1000, got ${total}`);
    const share = (fraction, min) => Math.max(min, Math.round(total * fraction));
    const counts = {
        [enums_1.EntityType.SOURCE]: share(0.01, 5),
        // A bounded world: 250 countries at most, whatever the scale.
        [enums_1.EntityType.COUNTRY]: Math.min(250, share(0.005, 20)),
        [enums_1.EntityType.TOPIC]: share(0.03, 12),
        [enums_1.EntityType.PRODUCT]: share(0.05, 10),
        [enums_1.EntityType.ORGANIZATION]: share(0.15, 10),
        [enums_1.EntityType.EVENT]: share(0.3, 10),
        [enums_1.EntityType.PERSON]: 0,
    };
    counts[enums_1.EntityType.PERSON] = total - Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { seed, total, counts };
}
function entityId(type, index) {
    return `${PREFIX[type]}-${index}`;
}
