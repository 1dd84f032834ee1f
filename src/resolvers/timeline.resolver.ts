import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { KNOWN_AT } from './descriptions';
import type { GraphContext } from '../context';
import { selectionOfField } from '../graph/plan/selection';
import { badUserInput, notFound } from '../errors';
import { Event } from '../schema/entity-kinds.type';
import { EventCategory } from '../schema/enums';
import { BOUNDS, isoDay, withinBounds } from '../graph/bounds';
import { evidenceOf } from '../graph/evidence';
import { MIN_SOURCES, SOURCES } from './descriptions';

@Resolver()
export class TimelineResolver {
  @Query(() => [Event], {
    description: 'Events in date order, optionally those linked to one entity, within dates, of some categories.',
  })
  // type-graphql lists @Arg parameters in reverse: declared last to first to read entityId, from, to, categories, first, minSources, sources.
  async timeline(
    @Ctx() { repositories }: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('knownAt', () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg('sources', () => [ID], { nullable: true, description: `${SOURCES} Here: the events' own sources.` }) sources: string[] | null,
    @Arg('minSources', () => Int, { nullable: true, description: `${MIN_SOURCES} Here: the events' own sources.` }) minSources: number | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: `At most this many events, at most ${BOUNDS.first.max}.` }) first: number,
    @Arg('categories', () => [EventCategory], { nullable: true, description: 'Only events of these categories.' })
    categories: EventCategory[] | null,
    @Arg('to', () => GraphQLDate, { nullable: true, description: 'Only events that began on or before this day.' }) to: Date | null,
    @Arg('from', () => GraphQLDate, { nullable: true, description: 'Only events still going on or after this day.' }) from: Date | null,
    @Arg('entityId', () => ID, { nullable: true, description: 'Only events linked to this entity, e.g. "japan" or "sam-altman".' })
    entityId: string | null,
  ): Promise<object[]> {
    withinBounds('first', first, BOUNDS.first.max);
    if (from && to && from > to) throw badUserInput('from', 'must not be after `to`');
    const events = await repositories.timeline.events({
      entityId: entityId ?? null,
      from: isoDay(from),
      to: isoDay(to),
      categories: categories ?? null,
      first,
      ...evidenceOf({ minSources, sources }),
      knownAt: knownAt ?? null,
    }, selectionOfField(info));
    if (events === null) throw notFound('Entity', entityId ?? '');
    return events;
  }
}
