import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { BOUNDS } from '../graph/bounds';
import type { EntityRecord } from '../graph/records';
import { Person, Source } from '../schema/entity-kinds.type';
import { FactConnection } from '../schema/fact.type';
import { continuePlan } from './continue-plan';

/** A source's author and the facts resting on it: planned, or continued from an unplanned source. */
@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who wrote it (AUTHORED); null for background knowledge.' })
  author(@Root() source: EntityRecord, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(source, context, info);
  }

  @FieldResolver(() => FactConnection, {
    description: 'What rests on this source: entities, relationships, and single properties such as dates.',
  })
  facts(
    @Root() source: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('exclusive', { defaultValue: false, description: 'Only facts resting on this source alone.' }) _exclusive: boolean,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: `Page size, at most ${BOUNDS.first.max}.` }) _first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the edge to start after.' }) _after: string | null,
  ): Promise<unknown> {
    return continuePlan(source, context, info);
  }
}
