import type { Scenario } from '../scenarios';
import { post, record } from './graphql-http';
import type { Journal } from './journal';

/**
 * Readers: each loops over the bench's read scenarios (the same requests the bench sends, on the
 * same generated graph), one request at a time, until `stop` says so.
 */
export async function runReader(url: string, scenarios: readonly Scenario[], index: number, journal: Journal, stop: () => boolean, pauseMs: number): Promise<void> {
  for (let i = index; !stop(); i += 1) {
    const scenario = scenarios[i % scenarios.length];
    const request = scenario.api(Math.floor(i / scenarios.length));
    const answered = record(journal, 'read', await post(url, request));
    // After a failure (the API or Neo4j away) wait a little, as a client would, rather than spin.
    await sleep(answered ? pauseMs : 500);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
