import type { QueryResult } from 'neo4j-driver';
import type { CypherQuery, CypherRunner } from '../cypher-runner';
import { PlanCompiler } from './compile';
import { FIELD_REGISTRY } from './fields';

/** A root field's one query, and how its answer becomes the objects the resolvers return. */
export interface PlannedQuery<T> {
  readonly query: CypherQuery;
  readonly decode: (result: QueryResult) => T;
}

/**
 * A compiler over every registered field fragment: one per root query, so variables and parameters
 * start afresh. With `knownAt`, everything it compiles reads the graph as it stood then; its
 * parameter reference is `compiler.knownAtParam`, for the root query's own liveness checks.
 */
export function newCompiler(knownAt: Date | null = null): PlanCompiler {
  return new PlanCompiler(FIELD_REGISTRY).enterMoment(knownAt);
}

/** Runs a planned root query in one read transaction: the one round trip of its root field. */
export async function runPlanned<T>(runner: CypherRunner, planned: PlannedQuery<T>): Promise<T> {
  return planned.decode(await runner.read(planned.query));
}
