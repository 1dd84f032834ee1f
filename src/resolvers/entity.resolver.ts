import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { KNOWN_AT } from './descriptions';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { RelationshipConnection } from '../schema/connections.type';
import { Entity } from '../schema/entity.interface';
import { Source } from '../schema/entity-kinds.type';
import { Direction, RelationshipType } from '../schema/enums';
import { badUserInput } from '../errors';
import { BOUNDS, isoDay, withinBounds } from '../graph/bounds';
import { pageOf } from '../graph/cursor';
import { relationshipKeyAfter, relationshipsArguments } from '../graph/plan/fields/entity';
import { evidenceOf } from '../graph/evidence';
import { MIN_SOURCES, SOURCES } from './descriptions';
import { loadEntities } from './load-entities';

/** Fields every entity has, whatever its kind. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Source], { description: 'Where the facts about this entity come from.' })
  sources(@Root() entity: EntityRecord, @Ctx() context: GraphContext): Promise<EntityRecord[]> {
    return loadEntities(context, entity.sourceIds);
  }

  @FieldResolver(() => RelationshipConnection, {
    description: 'Relationships of this entity, provenance included, ordered by type and the other end\'s name.',
  })
  // type-graphql lists @Arg parameters in reverse: declared last to first to read types, direction, first, after, asOf, minSources, sources, knownAt.
  async relationships(
    @Root() entity: EntityRecord,
    @Ctx() { loaders }: GraphContext,
    @Arg('knownAt', () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg('sources', () => [ID], { nullable: true, description: SOURCES }) sources: string[] | null,
    @Arg('minSources', () => Int, { nullable: true, description: MIN_SOURCES }) minSources: number | null,
    @Arg('asOf', () => GraphQLDate, { nullable: true, description: 'Only relationships valid on this day.' })
    asOf: Date | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the edge to start after.' })
    after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: `Page size, at most ${BOUNDS.first.max}.` })
    first: number | null,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.BOTH, description: 'Outgoing, incoming or both.' })
    direction: Direction | null,
    @Arg('types', () => [RelationshipType], { nullable: true, description: 'Only these types; all when omitted.' })
    types: RelationshipType[] | null,
  ): Promise<RelationshipConnection> {
    const pageSize = withinBounds('first', first, BOUNDS.first.max);
    if (types?.length === 0) throw badUserInput('types', 'must name at least one relationship type, or be left out for all');
    const key = relationshipKeyAfter(after);
    const evidence = evidenceOf({ minSources, sources });
    const args = { types: types ?? null, direction: direction ?? Direction.BOTH, asOf: isoDay(asOf), ...evidence, knownAt: knownAt ?? null, after: key, first: pageSize };
    const page = await loaders.relationshipPage.load({ id: entity.id, args });
    return pageOf('relationships', page.edges, key, pageSize, (edge) => edge.key, page.totalCount, (edge, cursor) => ({
      cursor,
      node: edge.relationship,
      otherId: edge.otherId,
    })) as unknown as RelationshipConnection;
  }

  @FieldResolver(() => Int, {
    description: 'How many relationships it has: `relationships(...).totalCount` for the same arguments.',
  })
  // Declared last to first, as above: types, direction, asOf, minSources, sources.
  async degree(
    @Root() entity: EntityRecord,
    @Ctx() { loaders }: GraphContext,
    @Arg('sources', () => [ID], { nullable: true, description: SOURCES }) sources: string[] | null,
    @Arg('minSources', () => Int, { nullable: true, description: MIN_SOURCES }) minSources: number | null,
    @Arg('asOf', () => GraphQLDate, { nullable: true, description: 'Only relationships valid on this day.' }) asOf: Date | null,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.BOTH, description: 'Outgoing, incoming or both.' })
    direction: Direction | null,
    @Arg('types', () => [RelationshipType], { nullable: true, description: 'Only these types; all when omitted.' })
    types: RelationshipType[] | null,
  ): Promise<number> {
    const { after, first, ...selection } = relationshipsArguments({ types, direction, asOf, minSources, sources, first: 1 });
    const page = await loaders.relationshipPage.load({ id: entity.id, args: { ...selection, after, first } });
    return page.totalCount;
  }
}
