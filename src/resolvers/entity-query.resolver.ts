import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';

@Resolver()
export class EntityQueryResolver {
  @Query(() => Entity, { nullable: true, description: 'One entity by its id; null when there is none.' })
  entity(
    @Arg('id', () => ID, { description: 'The entity id, e.g. "sam-altman".' }) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<EntityRecord | null> {
    return loaders.entity.load(id);
  }
}
