import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from './context';
import { LABEL_OF_TYPE } from './graph/enums';
import { selectionOfField } from './graph/plan/selection';

/** The GraphQL types a host's field may return our entities as. */
const ENTITY_TYPES: ReadonlySet<string> = new Set(['Entity', ...Object.values(LABEL_OF_TYPE)]);

/** `kg.entitiesById` (src/knowledge-graph.ts documents it): a host's field returning our entities. */
export async function entitiesById(context: GraphContext, ids: readonly string[], info?: GraphQLResolveInfo): Promise<object[]> {
  if (info === undefined) {
    const found = await context.repositories.entities.byIds(ids);
    return ids.flatMap((id) => found.get(id) ?? []);
  }
  const type = getNamedType(info.returnType);
  if (!ENTITY_TYPES.has(type.name)) {
    throw new TypeError(`entitiesById: ${info.parentType.name}.${info.fieldName} returns ${type.name}, not Entity or one of its kinds`);
  }
  return context.repositories.entities.plannedMany(ids, selectionOfField(info));
}
