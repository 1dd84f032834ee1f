import type { GraphQLResolveInfo } from 'graphql';
import { Args, Arg, Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Country, Event, Organization, Person, Product } from '../schema/entity-kinds.type';
import { Position } from '../schema/typed-fields.type';
import { TypedListArgs } from './typed-list.args';
import { continuePlan } from './continue-plan';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Position], { description: 'People holding positions in it, with title and dates.' })
  people(
    @Root() organization: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() _list: TypedListArgs,
    @Arg('asOf', () => GraphQLDate, { nullable: true, description: 'Only positions held on this day.' }) _asOf: Date | null,
  ): Promise<unknown> {
    return continuePlan(organization, context, info);
  }

  @FieldResolver(() => [Product], { description: 'Products it develops (DEVELOPS).' })
  products(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(organization, context, info);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Where it is based (BASED_IN); null for bodies based nowhere.' })
  country(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(organization, context, info);
  }

  @FieldResolver(() => [Event], { description: 'Measures it imposed, such as bans (IMPOSED).' })
  eventsImposed(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(organization, context, info);
  }

  @FieldResolver(() => [Event], { description: 'Events it organized or hosted (ORGANIZED, HOSTED).' })
  eventsOrganized(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(organization, context, info);
  }

  @FieldResolver(() => [Event], { description: 'Events aimed at it: measures targeting it, letters addressed to it.' })
  eventsAimedAt(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(organization, context, info);
  }

  @FieldResolver(() => [Person], { description: 'Its co-founders (CO_FOUNDED).' })
  founders(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(organization, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'Its members, such as the countries of the G7 (MEMBER_OF).' })
  members(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(organization, context, info);
  }
}
