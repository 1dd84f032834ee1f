import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Source } from '../schema/entity-kinds.type';

/** Fields every entity has, whatever its kind. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Source], { description: 'Where the facts about this entity come from.' })
  async sources(@Root() entity: EntityRecord, @Ctx() { loaders }: GraphContext): Promise<EntityRecord[]> {
    const sources = await loaders.entity.loadMany(entity.sourceIds);
    return sources.filter((source): source is EntityRecord => source !== null && !(source instanceof Error));
  }
}
