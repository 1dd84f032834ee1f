import type { GraphQLResolveInfo } from 'graphql';
import { Args, Arg, Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Encounter, Position } from '../schema/typed-fields.type';
import { Event, Organization, Person } from '../schema/entity-kinds.type';
import { EventCategory } from '../schema/enums';
import { TypedListArgs } from './typed-list.args';
import { continuePlan } from './continue-plan';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position], { description: 'Positions held, with title and dates (HOLDS_POSITION).' })
  positions(
    @Root() person: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() _list: TypedListArgs,
    @Arg('asOf', () => GraphQLDate, { nullable: true, description: 'Only positions held on this day.' }) _asOf: Date | null,
  ): Promise<unknown> {
    return continuePlan(person, context, info);
  }

  @FieldResolver(() => [Event], {
    description: 'Events the person took part in, spoke at (STATED) or signed, oldest first.',
  })
  events(
    @Root() person: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() _list: TypedListArgs,
    @Arg('categories', () => [EventCategory], { nullable: true, description: 'Only events of these categories.' })
    _categories: EventCategory[] | null,
  ): Promise<unknown> {
    return continuePlan(person, context, info);
  }

  @FieldResolver(() => [Encounter], {
    description: 'People who took part in the same MEETING events as this person, with those meetings.',
  })
  metWith(@Root() person: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(person, context, info);
  }

  @FieldResolver(() => [Event], { description: 'Statements the person made (STATED).' })
  statements(@Root() person: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(person, context, info);
  }

  @FieldResolver(() => [Organization], {
    description: 'Organizations the person holds a position in, co-founded or is a member of.',
  })
  organizations(@Root() person: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(person, context, info);
  }
}
