import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphContext } from '../context';
import { EntityOrder, entityKeyAfter } from '../graph/entity-list.repository';
import { selectionOfField } from '../graph/plan/selection';
import { badUserInput } from '../errors';
import { EntityConnection } from '../schema/connections.type';
import { Entity } from '../schema/entity.interface';
import { EntityType, EventCategory, OrganizationCategory } from '../schema/enums';
import { BOUNDS, withinBounds } from '../graph/bounds';
import { GraphQLDateTime } from 'graphql-scalars';
import { KNOWN_AT } from './descriptions';

registerEnumType(EntityOrder, {
  name: 'EntityOrder',
  description: 'How to sort entities.',
  valuesConfig: {
    NAME: { description: 'By name, then id.' },
    DATE: { description: 'By date: events by start, sources by publication; undated entities last.' },
  },
});

@Resolver()
export class EntityQueryResolver {
  @Query(() => Entity, { nullable: true, description: 'One entity by its id; null when there is none.' })
  entity(
    @Arg('id', () => ID, { description: 'The entity id, e.g. "sam-altman".' }) id: string,
    @Ctx() { repositories }: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('knownAt', () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
  ): Promise<object | null> {
    return repositories.entities.planned(id, selectionOfField(info), knownAt ?? null);
  }

  @Query(() => EntityConnection, { description: 'Entities, filtered and sorted, a page at a time.' })
  // type-graphql lists @Arg parameters in reverse: declared last to first to read type, categories, namePrefix, orderBy, descending, first, after.
  async entities(
    @Ctx() { repositories }: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('knownAt', () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the edge to start after.' }) after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: `Page size, at most ${BOUNDS.first.max}.` }) first: number,
    @Arg('descending', { defaultValue: false, description: 'Reverse the order.' }) descending: boolean,
    @Arg('orderBy', () => EntityOrder, { defaultValue: EntityOrder.NAME, description: 'Sort key.' }) orderBy: EntityOrder,
    @Arg('namePrefix', () => String, { nullable: true, description: 'Only names or aliases starting with this, ignoring case.' })
    namePrefix: string | null,
    @Arg('organizationCategories', () => [OrganizationCategory], { nullable: true, description: 'Only organizations of these categories.' })
    organizationCategories: OrganizationCategory[] | null,
    @Arg('eventCategories', () => [EventCategory], { nullable: true, description: 'Only events of these categories.' })
    eventCategories: EventCategory[] | null,
    @Arg('type', () => EntityType, { nullable: true, description: 'Only entities of this kind.' }) type: EntityType | null,
  ): Promise<EntityConnection> {
    withinBounds('first', first, BOUNDS.first.max);
    // type-graphql passes omitted nullable arguments as undefined.
    const events = eventCategories ?? null;
    const organizations = organizationCategories ?? null;
    const prefix = namePrefix ?? null;
    if (events !== null && organizations !== null) {
      throw badUserInput('eventCategories', 'cannot be combined with organizationCategories: an entity has one kind');
    }
    if (prefix !== null && prefix.length > BOUNDS.searchTextLength.max) {
      throw badUserInput('namePrefix', `must be at most ${BOUNDS.searchTextLength.max} characters`);
    }
    const key = entityKeyAfter(orderBy, descending, after);
    const kind = type ?? (events !== null ? EntityType.EVENT : organizations !== null ? EntityType.ORGANIZATION : null);
    const filter = { type: kind, categories: events ?? organizations, namePrefix: prefix };
    return (await repositories.entityList.page(filter, orderBy, descending, { after: key, first }, selectionOfField(info), knownAt ?? null)) as EntityConnection;
  }
}
