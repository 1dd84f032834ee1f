import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherRequest } from '../scenarios';
import { percentile, round, type LoadOptions, type RunResult } from './measure';

/**
 * The floor: the scenario's hand-written Cypher straight through neo4j-driver, with as many workers as
 * the HTTP runs have connections, for the same duration. Each query runs as the API runs its own: a
 * session per query and a managed read (or, for a write scenario, write) transaction, all records pulled.
 */
export async function runCypherLoad(
  driver: Driver,
  request: (i: number) => CypherRequest,
  options: LoadOptions,
): Promise<Pick<RunResult, 'rps' | 'p50_ms' | 'p99_ms' | 'errors' | 'requests'>> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.durationSeconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const { cypher, params, write } = request(next++);
      const t0 = performance.now();
      try {
        const rows = await runOnce(driver, cypher, params, write);
        // A write whose checks (version, sources) refused it returns no row: an error, as the API's refusal is.
        if (write === true && rows.length === 0) throw new Error('refused');
        latencies.push(performance.now() - t0);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: round(latencies.length / seconds),
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    errors,
    requests: latencies.length + errors,
  };
}

export async function runOnce(driver: Driver, cypher: string, params: Record<string, unknown>, write = false): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
  try {
    const work = async (tx: ManagedTransaction) => (await tx.run(cypher, params)).records.map((record) => record.toObject());
    return await (write ? session.executeWrite(work, { timeout: 30_000 }) : session.executeRead(work, { timeout: 30_000 }));
  } finally {
    await session.close();
  }
}
