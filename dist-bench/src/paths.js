"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.seedDataDir = exports.schemaDir = void 0;
exports.packageRoot = packageRoot;
const node_fs_1 = require("node:fs");
const node_path_1 = __importDefault(require("node:path"));
/**
 * The package's root folder, found by walking up to our package.json: the same code runs from `src/`
 * (tests), from `dist/src/` (npm start) and from an installed package, where relative paths differ.
 */
function packageRoot() {
    let dir = __dirname;
    for (;;) {
        const manifest = node_path_1.default.join(dir, 'package.json');
        if ((0, node_fs_1.existsSync)(manifest) && JSON.parse((0, node_fs_1.readFileSync)(manifest, 'utf8')).name === 'knowledge-graph-api') {
            return dir;
        }
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            throw new Error(`cannot find the knowledge-graph-api package root above ${__dirname}`);
        dir = parent;
    }
}
/** `schema/`: the committed SDL and the Neo4j constraints and indexes. */
const schemaDir = () => node_path_1.default.join(packageRoot(), 'schema');
exports.schemaDir = schemaDir;
/** `seed/data/`: the seed graph. */
const seedDataDir = () => node_path_1.default.join(packageRoot(), 'seed', 'data');
exports.seedDataDir = seedDataDir;
