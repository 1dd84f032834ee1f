import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { feedSeqAfter } from '../graph/history.repository';
import { FEED_DEFAULT, HISTORY_DEFAULT } from '../graph/plan/fields/history';
import { CHANGES_DEFAULT } from '../graph/plan/fields/revision';
import { selectionOfField } from '../graph/plan/selection';
import type { EntityRecord, RelationshipRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Source } from '../schema/entity-kinds.type';
import { Change, Revision, RevisionConnection } from '../schema/history.type';
import { Relationship } from '../schema/relationship.type';
import { BOUNDS, withinBounds } from '../graph/bounds';
import { continuePlan } from './continue-plan';

const AFTER = 'Cursor of the edge to start after.';

/** The root fields of the graph's memory: one revision, and the change feed. */
@Resolver()
export class HistoryQueryResolver {
  @Query(() => Revision, { nullable: true, description: 'One revision by its seq; null when there is none.' })
  revision(@Arg('seq', () => Int, { description: 'The revision number.' }) seq: number, @Ctx() { repositories }: GraphContext, @Info() info: GraphQLResolveInfo): Promise<object | null> {
    return repositories.history.revision(seq, selectionOfField(info));
  }

  @Query(() => RevisionConnection, {
    description:
      'Every revision in seq (commit) order: the change feed. Following `pageInfo.endCursor` misses nothing and repeats nothing, even while writers write; ' +
      'an empty page with `hasNextPage: false` means caught up: ask again later with the same cursor.',
  })
  // type-graphql lists @Arg parameters in reverse: declared last to first to read after, first.
  changes(
    @Ctx() { repositories }: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: FEED_DEFAULT, description: `Page size, at most ${BOUNDS.first.max}.` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: `${AFTER} Left out: from the first revision.` }) after: string | null,
  ): Promise<object> {
    const size = withinBounds('first', first, BOUNDS.first.max);
    // The cursor holds the seq of the last revision seen.
    const afterSeq = feedSeqAfter(after);
    return repositories.history.feed(afterSeq, size, selectionOfField(info));
  }
}

/*
 * A revision's sources, changes and mutation, and the history of an entity or relationship: planned,
 * or continued from an object no root field planned (a mutation's revision, a host's entity).
 */

@Resolver(() => Revision)
export class RevisionResolver {
  @FieldResolver(() => [Source], { description: 'The sources the revision cited.' })
  sources(@Root() revision: { seq: number }, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(revision, context, info);
  }

  @FieldResolver(() => [Change], { description: 'What it changed, one field at a time, in the order it wrote them.' })
  changes(
    @Root() revision: { seq: number },
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: CHANGES_DEFAULT, description: `How many changes at most, up to ${BOUNDS.first.max}.` }) _first: number | null,
  ): Promise<unknown> {
    return continuePlan(revision, context, info);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The mutation that wrote it (`updateEntity`, `applyChangeset`, ...; `loadSeed` for the seed loader).' })
  async mutation(@Root() revision: { seq: number; mutation?: string | null }, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    // A revision a write returned knows its mutation; any other is read like its other fields.
    return revision.mutation !== undefined ? revision.mutation : continuePlan(revision, context, info);
  }
}

const HISTORY = 'The revisions that touched it, newest first: who changed what, when and why. Under `knownAt`, only those made by then.';

@Resolver(() => Entity)
export class EntityHistoryResolver {
  @FieldResolver(() => RevisionConnection, { description: HISTORY })
  // Declared last to first (type-graphql lists @Arg parameters in reverse): first, after.
  history(
    @Root() entity: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: HISTORY_DEFAULT, description: `Page size, at most ${BOUNDS.first.max}.` }) _first: number | null,
  ): Promise<unknown> {
    return continuePlan(entity, context, info);
  }
}

@Resolver(() => Relationship)
export class RelationshipHistoryResolver {
  @FieldResolver(() => RevisionConnection, { description: HISTORY })
  history(
    @Root() relationship: RelationshipRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: HISTORY_DEFAULT, description: `Page size, at most ${BOUNDS.first.max}.` }) _first: number | null,
  ): Promise<unknown> {
    return continuePlan(relationship, context, info);
  }
}
