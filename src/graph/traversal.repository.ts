import type { CypherRunner } from './cypher-runner';
import { neighborhoodQuery, type NeighborhoodParams } from './neighborhood-query';
import { pathsQuery, shortestPathQuery, type PathEnds, type PathSearch, type PathsParams } from './path-queries';
import { runPlanned } from './plan/run';
import type { TypeSelection } from './plan/selection';

export type { PathSearch } from './path-queries';

/**
 * Neighbourhoods and paths: one round trip each, the existence of the ends checked in the same one,
 * everything selected beneath them projected by the same query.
 */
export class TraversalRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** The `Subgraph` as selected; null when the centre does not exist. */
  neighborhood(params: NeighborhoodParams, selection: TypeSelection): Promise<object | null> {
    return runPlanned(this.runner, neighborhoodQuery(params, selection));
  }

  shortestPath(params: PathEnds, selection: TypeSelection): Promise<PathSearch> {
    return runPlanned(this.runner, shortestPathQuery(params, selection));
  }

  paths(params: PathsParams, selection: TypeSelection): Promise<PathSearch> {
    return runPlanned(this.runner, pathsQuery(params, selection));
  }
}
