"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadEntity = loadEntity;
exports.loadEntities = loadEntities;
/**
 * An entity that a relationship points at. It exists unless the graph changed under the request, which
 * is a server-side inconsistency rather than a client mistake.
 */
async function loadEntity({ loaders }, id) {
    const entity = await loaders.entity.load(id);
    if (entity === null)
        throw new Error(`entity "${id}" vanished while the request was answered`);
    return entity;
}
/** Entities by id in the given order, leaving out ids that no longer exist. */
async function loadEntities({ loaders }, ids) {
    const loaded = await loaders.entity.loadMany(ids);
    return loaded.filter((entity) => entity !== null && !(entity instanceof Error));
}
