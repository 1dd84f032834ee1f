import type { GraphQLResolveInfo } from 'graphql';
import { Args, Arg, Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Country, Event, Organization } from '../schema/entity-kinds.type';
import { EventCategory } from '../schema/enums';
import { TypedListArgs } from './typed-list.args';
import { continuePlan } from './continue-plan';

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [Organization], { description: 'Institutions based in it (BASED_IN).' })
  organizations(@Root() country: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(country, context, info);
  }

  @FieldResolver(() => [Event], { description: 'Events held in it (HELD_IN), oldest first.' })
  events(
    @Root() country: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() _list: TypedListArgs,
    @Arg('categories', () => [EventCategory], { nullable: true, description: 'Only events of these categories.' })
    _categories: EventCategory[] | null,
  ): Promise<unknown> {
    return continuePlan(country, context, info);
  }

  @FieldResolver(() => [Organization], { description: 'Bodies it is a member of, such as the G7 (MEMBER_OF).' })
  memberOf(@Root() country: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(country, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'Regions it is part of, such as Europe (PART_OF).' })
  partOf(@Root() country: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(country, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'For a region: the countries that are part of it (PART_OF).' })
  parts(@Root() country: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(country, context, info);
  }
}
