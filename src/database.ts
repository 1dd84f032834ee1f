import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from './config';

/** A failure to reach Neo4j at start-up, with a message the operator can act on. */
export class DatabaseConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseConnectionError';
  }
}

/**
 * The standalone server's driver. Tuned to fail fast: a request must get DATABASE_UNAVAILABLE within
 * seconds when Neo4j is down, not after the driver's default minute of retries and waits.
 * - connectionTimeout 3 s: a host that does not answer (firewall, dead node) is given up quickly.
 * - connectionAcquisitionTimeout 5 s: a request waits at most this long for a pooled connection.
 * - maxTransactionRetryTime 2 s: managed transactions retry after ~1 s and ~2 s (with ±20 % jitter),
 *   so a refused connection fails after three attempts, in about 3 s and never more than ~3.6 s
 *   (measured by test/integration/outage.test.ts); 3 s would allow a fourth attempt at ~7 s.
 */
export function createDriver(uri: string, config: Pick<Config, 'neo4jUsername' | 'neo4jPassword'>): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: 'knowledge-graph-api',
  });
}

/** Checks that the database answers, turning the driver's error into one clear line. */
export async function verifyConnection(driver: Driver, uri: string, database: string | undefined): Promise<void> {
  try {
    await driver.verifyConnectivity({ database });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseConnectionError(`cannot reach Neo4j at ${uri}: ${reason}`);
  }
}
