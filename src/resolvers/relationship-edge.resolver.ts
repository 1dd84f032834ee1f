import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { RelationshipEdge } from '../schema/connections.type';
import { Entity } from '../schema/entity.interface';
import { loadEntity } from './load-entities';

@Resolver(() => RelationshipEdge)
export class RelationshipEdgeResolver {
  @FieldResolver(() => Entity, { description: 'The entity at the other end, seen from the entity asked about.' })
  other(@Root() edge: { otherId: string }, @Ctx() context: GraphContext): Promise<EntityRecord> {
    return loadEntity(context, edge.otherId);
  }
}
