"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatabaseConnectionError = void 0;
exports.createDriver = createDriver;
exports.verifyConnection = verifyConnection;
const neo4j_driver_1 = __importDefault(require("neo4j-driver"));
/** A failure to reach Neo4j at start-up, with a message the operator can act on. */
class DatabaseConnectionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DatabaseConnectionError';
    }
}
exports.DatabaseConnectionError = DatabaseConnectionError;
/**
 * The standalone server's driver. Tuned to fail fast: a request must get DATABASE_UNAVAILABLE within
 * seconds when Neo4j is down, not after the driver's default minute of retries and waits.
 */
function createDriver(uri, config) {
    return neo4j_driver_1.default.driver(uri, neo4j_driver_1.default.auth.basic(config.neo4jUsername, config.neo4jPassword), {
        connectionTimeout: 3_000,
        connectionAcquisitionTimeout: 5_000,
        maxTransactionRetryTime: 3_000,
        maxConnectionPoolSize: 50,
        disableLosslessIntegers: false,
        userAgent: 'knowledge-graph-api',
    });
}
/** Checks that the database answers, turning the driver's error into one clear line. */
async function verifyConnection(driver, uri, database) {
    try {
        await driver.verifyConnectivity({ database });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new DatabaseConnectionError(`cannot reach Neo4j at ${uri}: ${reason}`);
    }
}
