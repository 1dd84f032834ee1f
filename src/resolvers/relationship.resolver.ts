import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import type { GraphContext } from '../context';
import type { RelationshipRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Source } from '../schema/entity-kinds.type';
import { Relationship } from '../schema/relationship.type';
import { continuePlan } from './continue-plan';

/** The ends, sources (and, in history.resolver.ts, history) of a relationship: planned, or continued from an unplanned one. */
@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => Entity, { description: 'Where the relationship starts.' })
  from(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(relationship, context, info);
  }

  @FieldResolver(() => Entity, { description: 'Where the relationship ends.' })
  to(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(relationship, context, info);
  }

  @FieldResolver(() => [Source], { description: 'Where this fact comes from: the evidence for it.' })
  sources(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(relationship, context, info);
  }
}
