import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { selectionOfField } from '../graph/plan/selection';
import { EntityType, RelationshipType } from '../schema/enums';
import { GraphStats, RankedEntity } from '../schema/stats.type';
import { badUserInput } from '../errors';
import { BOUNDS, withinBounds } from '../graph/bounds';

/** Counts over the whole graph, and its most connected entities. */
@Resolver()
export class StatsResolver {
  @Query(() => GraphStats, { description: 'How many entities of each kind and relationships of each type, and the sources most facts rest on.' })
  stats(
    @Ctx() { repositories }: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('topSources', () => Int, { nullable: true, defaultValue: 20, description: `How many sources \`factsPerSource\` lists: 1 to ${BOUNDS.first.max}.` })
    topSources: number | null,
  ): Promise<object> {
    return repositories.stats.stats(selectionOfField(info), withinBounds('topSources', topSources ?? 20, BOUNDS.first.max));
  }

  @Query(() => [RankedEntity], { description: 'The entities with the most relationships, most first, then by id.' })
  // type-graphql lists @Arg parameters in reverse: declared last to first to read type, types, first.
  topConnected(
    @Ctx() { repositories }: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: `How many: 1 to ${BOUNDS.first.max}.` }) first: number | null,
    @Arg('types', () => [RelationshipType], { nullable: true, description: 'Count only these relationship types; all of them when omitted.' })
    types: RelationshipType[] | null,
    @Arg('type', () => EntityType, { nullable: true, description: 'Only entities of this kind, e.g. PERSON.' }) type: EntityType | null,
  ): Promise<object[]> {
    if (types?.length === 0) throw badUserInput('types', 'must name at least one relationship type, or be left out for all');
    return repositories.stats.topConnected(type ?? null, types ?? null, withinBounds('first', first ?? 10, BOUNDS.first.max), selectionOfField(info));
  }
}
