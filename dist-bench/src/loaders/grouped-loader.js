"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createGroupedLoader = createGroupedLoader;
const dataloader_1 = __importDefault(require("dataloader"));
/**
 * A DataLoader for keys that are an entity id plus arguments. Sibling fields in one GraphQL response
 * usually share their arguments, so the batch is split by the arguments and each group becomes one
 * `UNWIND $ids` query: round trips grow with the number of distinct argument sets, never with ids.
 */
function createGroupedLoader(loadGroup, missing) {
    return new dataloader_1.default(async (keys) => {
        const groups = new Map();
        for (const key of keys) {
            const signature = JSON.stringify(key.args);
            const group = groups.get(signature) ?? { args: key.args, ids: [] };
            group.ids.push(key.id);
            groups.set(signature, group);
        }
        const results = new Map();
        await Promise.all([...groups].map(async ([signature, group]) => results.set(signature, await loadGroup(group.ids, group.args))));
        return keys.map((key) => results.get(JSON.stringify(key.args))?.get(key.id) ?? missing);
    }, { cacheKeyFn: (key) => JSON.stringify([key.id, key.args]) });
}
