"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createGraphContext = createGraphContext;
const repositories_1 = require("./graph/repositories");
const loaders_1 = require("./loaders");
/** A fresh context: its own loaders and round-trip counter over the shared driver. */
function createGraphContext(runner) {
    const roundTrips = { count: 0 };
    const requestRunner = runner.withObserver({ onQuery: () => void (roundTrips.count += 1) });
    const repositories = (0, repositories_1.createRepositories)(requestRunner);
    return { repositories, loaders: (0, loaders_1.createLoaders)(repositories), roundTrips };
}
