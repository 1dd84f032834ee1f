import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Event, Organization, Product, Topic } from '../schema/entity-kinds.type';
import { Direction, EntityType, RelationshipType } from '../schema/enums';
import { firstOf, relatedEntities, relatedEntity } from './related';
import { TypedListArgs } from './typed-list.args';

@Resolver(() => Product)
export class ProductResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'Who develops it (DEVELOPS).' })
  developer(@Root() product: EntityRecord, @Ctx() context: GraphContext): Promise<EntityRecord | null> {
    return relatedEntity(context, product.id, { types: [RelationshipType.DEVELOPS], direction: Direction.INCOMING });
  }

  @FieldResolver(() => [Event], { description: 'Events that concern, target or affected it, oldest first.' })
  events(@Root() product: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, async (evidence) => {
      const types = [RelationshipType.CONCERNS, RelationshipType.TARGETS, RelationshipType.AFFECTED];
      return relatedEntities(context, product.id, { types, direction: Direction.INCOMING, ...evidence }, [EntityType.EVENT]);
    });
  }
}

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => [Event], { description: 'Events that concern this topic (CONCERNS), oldest first.' })
  events(@Root() topic: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, topic.id, { types: [RelationshipType.CONCERNS], direction: Direction.INCOMING, ...evidence }, [EntityType.EVENT]));
  }
}
