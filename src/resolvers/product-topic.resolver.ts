import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Event, Organization, Product, Topic } from '../schema/entity-kinds.type';
import { TypedListArgs } from './typed-list.args';
import { continuePlan } from './continue-plan';

@Resolver(() => Product)
export class ProductResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'Who develops it (DEVELOPS).' })
  developer(@Root() product: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(product, context, info);
  }

  @FieldResolver(() => [Event], { description: 'Events that concern, target or affected it, oldest first.' })
  events(@Root() product: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(product, context, info);
  }
}

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => [Event], { description: 'Events that concern this topic (CONCERNS), oldest first.' })
  events(@Root() topic: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo, @Args() _list: TypedListArgs): Promise<unknown> {
    return continuePlan(topic, context, info);
  }
}
