import { Args, Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Country, Event, Organization } from '../schema/entity-kinds.type';
import { Direction, EntityType, EventCategory, RelationshipType } from '../schema/enums';
import { firstOf, inCategories, relatedEntities } from './related';
import { TypedListArgs } from './typed-list.args';

const { OUTGOING, INCOMING } = Direction;

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [Organization], { description: 'Institutions based in it (BASED_IN).' })
  organizations(@Root() country: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, country.id, { types: [RelationshipType.BASED_IN], direction: INCOMING, ...evidence }, [EntityType.ORGANIZATION]));
  }

  @FieldResolver(() => [Event], { description: 'Events held in it (HELD_IN), oldest first.' })
  events(
    @Root() country: EntityRecord,
    @Ctx() context: GraphContext,
    @Args() list: TypedListArgs,
    @Arg('categories', () => [EventCategory], { nullable: true, description: 'Only events of these categories.' })
    categories: EventCategory[] | null,
  ): Promise<EntityRecord[]> {
    return firstOf(list, async (evidence) => {
      const events = await relatedEntities(context, country.id, { types: [RelationshipType.HELD_IN], direction: INCOMING, ...evidence }, [EntityType.EVENT]);
      return inCategories(events, categories);
    });
  }

  @FieldResolver(() => [Organization], { description: 'Bodies it is a member of, such as the G7 (MEMBER_OF).' })
  memberOf(@Root() country: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, country.id, { types: [RelationshipType.MEMBER_OF], direction: OUTGOING, ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'Regions it is part of, such as Europe (PART_OF).' })
  partOf(@Root() country: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, country.id, { types: [RelationshipType.PART_OF], direction: OUTGOING, ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'For a region: the countries that are part of it (PART_OF).' })
  parts(@Root() country: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, country.id, { types: [RelationshipType.PART_OF], direction: INCOMING, ...evidence }));
  }
}
