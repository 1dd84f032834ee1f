import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from './context';
import { LABEL_OF_TYPE } from './graph/enums';
import { selectionOfField } from './graph/plan/selection';

/** The GraphQL types a host's field may return our entities as. */
const ENTITY_TYPES: ReadonlySet<string> = new Set(['Entity', ...Object.values(LABEL_OF_TYPE)]);

/**
 * Our entities, for a host's own field to return (a field of the host's schema merged with ours, or
 * a resolver of its own served beside it), in the order of `ids`; ids of no entity are left out.
 *
 * With the host resolver's `info`, everything the client selected beneath the host's field is
 * planned into this one query, as our own root fields do. Without it, the entities' properties are
 * read in one query, and each field beneath is answered by one batched query per field.
 *
 * ```ts
 * favourites: (_root, args, context, info) => entitiesById(context, args.ids, info)
 * ```
 *
 * @param info The host resolver's resolve info. Its field's type must be our `Entity` interface, one
 *   of the entity kinds, or a list of them.
 */
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
