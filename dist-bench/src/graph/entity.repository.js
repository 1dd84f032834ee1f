"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EntityRepository = void 0;
exports.entitiesByIdsQuery = entitiesByIdsQuery;
const records_1 = require("./records");
/** Entities by id: the query every loader of an entity batches into. */
function entitiesByIdsQuery(ids) {
    return {
        name: 'entity.byIds',
        cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${(0, records_1.entityProjection)('e')} AS entity`,
        params: { ids: [...new Set(ids)] },
    };
}
class EntityRepository {
    runner;
    constructor(runner) {
        this.runner = runner;
    }
    /** One round trip for any number of ids; the map holds only those that exist. */
    async byIds(ids) {
        const result = await this.runner.read(entitiesByIdsQuery(ids));
        const found = new Map();
        for (const record of result.records) {
            const entity = (0, records_1.toEntityRecord)(record.get('entity'));
            found.set(entity.id, entity);
        }
        return found;
    }
}
exports.EntityRepository = EntityRepository;
