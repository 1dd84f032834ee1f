import type { GraphPlan } from './generate/plan';
import { entityScenario } from './scenarios/entity';
import { entityKnownAtScenario } from './scenarios/entity-known-at';
import { neighborhoodKnownAtScenario } from './scenarios/neighborhood-known-at';
import { nestedScenario } from './scenarios/nested';
import { neighborhoodScenario } from './scenarios/neighborhood';
import { searchScenario } from './scenarios/search';
import { shortestPathScenario } from './scenarios/shortest-path';
import { timelineScenario } from './scenarios/timeline';
import { revalidateScenario } from './scenarios/revalidate';
import type { Scenario } from './scenarios/types';

export type { ApiRequest, CypherRequest, FormPost, GraphQLRequest, Scenario } from './scenarios/types';

/** Every scenario, in the order of the report. */
export function buildScenarios(plan: GraphPlan): Scenario[] {
  return [
    entityScenario(plan),
    // The same question from a client that holds the answer: GET, If-None-Match, 304.
    revalidateScenario(plan),
    searchScenario(plan),
    neighborhoodScenario(plan),
    shortestPathScenario(plan),
    nestedScenario(plan),
    timelineScenario(plan),
    // System time: the same questions as known at a moment (knownAt), against the reads above.
    entityKnownAtScenario(plan),
    neighborhoodKnownAtScenario(plan),
  ];
}
