"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const node_fs_1 = require("node:fs");
const node_path_1 = __importDefault(require("node:path"));
const paths_1 = require("./paths");
const build_schema_1 = require("./schema/build-schema");
const print_schema_1 = require("./schema/print-schema");
/** `npm run schema`: writes schema/schema.graphql from the code. */
const file = node_path_1.default.join((0, paths_1.schemaDir)(), 'schema.graphql');
(0, node_fs_1.writeFileSync)(file, (0, print_schema_1.printGraphSchema)((0, build_schema_1.buildGraphSchema)()));
process.stdout.write(`schema: wrote ${node_path_1.default.relative(process.cwd(), file)}\n`);
