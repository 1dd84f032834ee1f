import { parse } from 'graphql';
import { operationFields, type TypeSelection } from '../../src/graph/plan/selection';
import { buildGraphSchema } from '../../src/schema/build-schema';

const schema = buildGraphSchema();

/** The planner's selection beneath the first root field of `query`, as a root resolver receives it. */
export function selectionOfQuery(query: string, variables: Record<string, unknown> = {}): TypeSelection {
  const planned = operationFields(schema, parse(query), variables);
  const selection = planned?.fields[0]?.selection;
  if (selection === undefined || selection === null) throw new Error(`no selection to plan in ${query}`);
  return selection;
}
