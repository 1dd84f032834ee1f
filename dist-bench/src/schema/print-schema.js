"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.printGraphSchema = printGraphSchema;
const graphql_1 = require("graphql");
/** The SDL as committed in schema/schema.graphql: sorted, so a diff shows only real changes. */
function printGraphSchema(schema) {
    return `${(0, graphql_1.printSchema)((0, graphql_1.lexicographicSortSchema)(schema))}\n`;
}
