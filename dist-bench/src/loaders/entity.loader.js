"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createEntityLoader = createEntityLoader;
const dataloader_1 = __importDefault(require("dataloader"));
/** Entities by id, batched into one `UNWIND $ids` query per tick; a missing id loads as null. */
function createEntityLoader(entities) {
    return new dataloader_1.default(async (ids) => {
        const found = await entities.byIds(ids);
        return ids.map((id) => found.get(id) ?? null);
    });
}
