import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Country, Event, Topic } from '../schema/entity-kinds.type';
import { Participant } from '../schema/typed-fields.type';
import { TypedListArgs } from './typed-list.args';
import { continuePlan } from './continue-plan';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Participant], { description: 'Who took part (PARTICIPATED_IN), and in what role.' })
  participants(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Where it took place (HELD_IN); null when nowhere in particular.' })
  location(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Topic], { description: 'The topics it concerns (CONCERNS, topics only).' })
  topics(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'Everything it concerns: topics, products, organizations (CONCERNS).' })
  concerns(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Event], { description: 'Events that led to this one (LED_TO, incoming).' })
  causes(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Event], { description: 'Events this one led to (LED_TO, outgoing).' })
  consequences(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'Whom it was addressed to, such as a regulator (ADDRESSED_TO).' })
  addressedTo(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'What it targeted, such as a company or product (TARGETS).' })
  targets(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'What it affected, such as a product hit by a breach (AFFECTED).' })
  affected(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who organized it (ORGANIZED).' })
  organizer(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'Who hosted it (HOSTED).' })
  hosts(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'Who made this statement or announcement (STATED).' })
  statedBy(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'Who signed it, for open letters (SIGNED).' })
  signedBy(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'Who imposed it, for bans and measures (IMPOSED).' })
  imposedBy(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'What it refers to, such as an earlier event (REFERS_TO).' })
  refersTo(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }

  @FieldResolver(() => [Entity], { description: 'What refers to it (REFERS_TO, incoming).' })
  referredToBy(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(event, context, info);
  }
}
