import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord, RelationshipRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Source } from '../schema/entity-kinds.type';
import { Relationship } from '../schema/relationship.type';
import { loadEntities, loadEntity } from './load-entities';

/** The ends and sources of a relationship, each through the request's entity loader. */
@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => Entity, { description: 'Where the relationship starts.' })
  from(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): Promise<EntityRecord> {
    return loadEntity(context, relationship.fromId);
  }

  @FieldResolver(() => Entity, { description: 'Where the relationship ends.' })
  to(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): Promise<EntityRecord> {
    return loadEntity(context, relationship.toId);
  }

  @FieldResolver(() => [Source], { description: 'Where this fact comes from: the evidence for it.' })
  sources(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): Promise<EntityRecord[]> {
    return loadEntities(context, relationship.sourceIds);
  }
}
