import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { continuationOf } from '../graph/plan/continuation';
import { fieldOfResolveInfo } from '../graph/plan/selection';

/**
 * How every non-leaf field of the graph's types is answered when its parent was not planned (an
 * entity a host's field returned, a mutation's payload): by the field's planner fragment, batched
 * with the same field of the other such parents into one query (src/graph/plan/continuation.ts).
 * A planned parent never gets here: its value was read with the root field's query.
 */
export function continuePlan(parent: object, context: GraphContext, info: GraphQLResolveInfo): Promise<unknown> {
  return context.continuations.load(continuationOf(info.parentType.name, parent as Record<string, unknown>, fieldOfResolveInfo(info)));
}
