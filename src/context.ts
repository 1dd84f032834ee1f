import type { CypherRunner } from './graph/cypher-runner';
import { createRepositories, type Repositories } from './graph/repositories';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives. Hosts may extend it with fields of their own. */
export interface GraphContext {
  readonly repositories: Repositories;
  readonly loaders: Loaders;
  /** Cypher round trips made for this request so far. */
  readonly roundTrips: { count: number };
  /** Names the request in logs and in masked errors (`extensions.requestId`). */
  readonly requestId?: string;
}

/** A fresh context: its own loaders and round-trip counter over the shared driver. */
export function createGraphContext(runner: CypherRunner): GraphContext {
  const roundTrips = { count: 0 };
  const requestRunner = runner.withObserver({ onQuery: () => void (roundTrips.count += 1) });
  const repositories = createRepositories(requestRunner);
  return { repositories, loaders: createLoaders(repositories), roundTrips };
}
