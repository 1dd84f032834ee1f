import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Info } from 'type-graphql';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { RelationshipConnection } from '../schema/connections.type';
import { Entity } from '../schema/entity.interface';
import { Source } from '../schema/entity-kinds.type';
import { Direction, RelationshipType } from '../schema/enums';
import { BOUNDS } from '../graph/bounds';
import { KNOWN_AT, MIN_SOURCES, SOURCES } from './descriptions';
import { continuePlan } from './continue-plan';

/** Fields every entity has, whatever its kind. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Source], { description: 'Where the facts about this entity come from.' })
  sources(@Root() entity: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(entity, context, info);
  }

  @FieldResolver(() => RelationshipConnection, {
    description: 'Relationships of this entity, provenance included, ordered by type and the other end\'s name.',
  })
  // type-graphql lists @Arg parameters in reverse: declared last to first to read types, direction, first, after, asOf, minSources, sources, knownAt.
  relationships(
    @Root() entity: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('knownAt', () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) _knownAt: Date | null,
    @Arg('sources', () => [ID], { nullable: true, description: SOURCES }) _sources: string[] | null,
    @Arg('minSources', () => Int, { nullable: true, description: MIN_SOURCES }) _minSources: number | null,
    @Arg('asOf', () => GraphQLDate, { nullable: true, description: 'Only relationships valid on this day.' })
    _asOf: Date | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the edge to start after.' })
    _after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: `Page size, at most ${BOUNDS.first.max}.` })
    _first: number | null,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.BOTH, description: 'Outgoing, incoming or both.' })
    _direction: Direction | null,
    @Arg('types', () => [RelationshipType], { nullable: true, description: 'Only these types; all when omitted.' })
    _types: RelationshipType[] | null,
  ): Promise<unknown> {
    return continuePlan(entity, context, info);
  }

  @FieldResolver(() => Int, {
    description: 'How many relationships it has: `relationships(...).totalCount` for the same arguments.',
  })
  // Declared last to first, as above: types, direction, asOf, minSources, sources.
  degree(
    @Root() entity: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('sources', () => [ID], { nullable: true, description: SOURCES }) _sources: string[] | null,
    @Arg('minSources', () => Int, { nullable: true, description: MIN_SOURCES }) _minSources: number | null,
    @Arg('asOf', () => GraphQLDate, { nullable: true, description: 'Only relationships valid on this day.' }) _asOf: Date | null,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.BOTH, description: 'Outgoing, incoming or both.' })
    _direction: Direction | null,
    @Arg('types', () => [RelationshipType], { nullable: true, description: 'Only these types; all when omitted.' })
    _types: RelationshipType[] | null,
  ): Promise<unknown> {
    return continuePlan(entity, context, info);
  }
}
