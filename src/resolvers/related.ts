import type { GraphContext } from '../context';
import type { RelatedEdge } from '../graph/relationship.repository';
import type { EntityRecord } from '../graph/records';
import { Direction, EntityType, EventCategory, RelationshipType } from '../schema/enums';
import { TYPED_FIELD_LIMIT, typedFirst } from '../graph/plan/fields/related';
import type { Evidence, SystemTime } from '../graph/relationship-filter';
import { evidenceOf } from '../graph/evidence';
import type { TypedListArgs } from './typed-list.args';
import { loadEntities } from './load-entities';

/**
 * The first `first` items of a typed list that pass the evidence filters, the arguments checked before
 * anything is read. The loaders read up to the largest `first` a field takes, so every `first` of a
 * batch shares one query.
 */
export async function firstOf<T>(list: TypedListArgs, load: (evidence: Evidence & SystemTime) => Promise<T[]>): Promise<T[]> {
  const count = typedFirst(list);
  return (await load({ ...evidenceOf(list), knownAt: list.knownAt ?? null })).slice(0, count);
}

export interface RelatedQuery extends Evidence, SystemTime {
  types: RelationshipType[];
  direction: Direction;
  asOf?: string | null;
}

/** The relationships behind a typed field, through the request's batching loader. */
export function relatedEdges(context: GraphContext, entityId: string, query: RelatedQuery): Promise<RelatedEdge[]> {
  return context.loaders.related.load({
    id: entityId,
    args: {
      types: query.types,
      direction: query.direction,
      asOf: query.asOf ?? null,
      minSources: query.minSources ?? null,
      sources: query.sources ?? null,
      knownAt: query.knownAt ?? null,
      limit: TYPED_FIELD_LIMIT,
    },
  });
}

/**
 * The entities at the other end of those relationships, distinct, in the loader's order (dated things
 * first by date), optionally only of some kinds.
 */
export async function relatedEntities(
  context: GraphContext,
  entityId: string,
  query: RelatedQuery,
  kinds?: readonly EntityType[],
): Promise<EntityRecord[]> {
  const edges = await relatedEdges(context, entityId, query);
  const entities = await loadEntities(context, [...new Set(edges.map((edge) => edge.otherId))]);
  return kinds === undefined ? entities : entities.filter((entity) => kinds.includes(entity.type));
}

/** The single entity at the other end, for one-valued fields such as `Product.developer`. */
export async function relatedEntity(
  context: GraphContext,
  entityId: string,
  query: RelatedQuery,
  kinds?: readonly EntityType[],
): Promise<EntityRecord | null> {
  return (await relatedEntities(context, entityId, query, kinds))[0] ?? null;
}

/** Events of the given categories, or all of them when no category is named. */
export function inCategories(events: EntityRecord[], categories: readonly EventCategory[] | null | undefined): EntityRecord[] {
  return categories ? events.filter((event) => categories.includes(event.category as EventCategory)) : events;
}
