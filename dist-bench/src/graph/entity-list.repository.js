"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EntityListRepository = exports.EntityOrder = void 0;
exports.entityListQuery = entityListQuery;
const enums_1 = require("../schema/enums");
const records_1 = require("./records");
const values_1 = require("./values");
var EntityOrder;
(function (EntityOrder) {
    EntityOrder["NAME"] = "NAME";
    EntityOrder["DATE"] = "DATE";
})(EntityOrder || (exports.EntityOrder = EntityOrder = {}));
const SORT_KEYS = {
    // Undated entities sort after dated ones; id breaks ties so pages never overlap.
    [EntityOrder.NAME]: 'e.name, e.id',
    [EntityOrder.DATE]: 'coalesce(e.startDate, e.publishedOn) IS NULL, coalesce(e.startDate, e.publishedOn), e.name, e.id',
};
/** A page of entities and the total, in one round trip: the count and the page are two subqueries. */
function entityListQuery(filter, order, descending, offset, first) {
    const label = filter.type === null ? 'Entity' : enums_1.LABEL_OF_TYPE[filter.type];
    if (label === undefined)
        throw new Error(`entity type "${String(filter.type)}" is not in the allow-list`);
    const match = `MATCH (e:${label})
    WHERE ($categories IS NULL OR e.category IN $categories)
      AND ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix OR any(alias IN e.aliases WHERE toLower(alias) STARTS WITH $prefix))`;
    const direction = descending ? ' DESC' : '';
    const sort = SORT_KEYS[order].split(', ').map((key) => key + direction).join(', ');
    return {
        name: 'entities.page',
        cypher: `CALL () {
  ${match}
  RETURN count(e) AS total
}
CALL () {
  ${match}
  WITH e ORDER BY ${sort} SKIP $offset LIMIT $first
  RETURN collect(${(0, records_1.entityProjection)('e')}) AS page
}
RETURN total, page`,
        params: {
            categories: filter.categories === null ? null : [...filter.categories],
            prefix: filter.namePrefix === null ? null : filter.namePrefix.toLowerCase(),
            offset: (0, values_1.int)(offset),
            first: (0, values_1.int)(first),
        },
    };
}
class EntityListRepository {
    runner;
    constructor(runner) {
        this.runner = runner;
    }
    async page(filter, order, descending, offset, first) {
        const result = await this.runner.read(entityListQuery(filter, order, descending, offset, first));
        const record = result.records[0];
        return {
            entities: record.get('page').map(records_1.toEntityRecord),
            totalCount: (0, values_1.toNumber)(record.get('total')),
        };
    }
}
exports.EntityListRepository = EntityListRepository;
