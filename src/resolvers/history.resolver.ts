import { getNamedType, isCompositeType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { feedSeqAfter, selectionOfOneField } from '../graph/history.repository';
import { FEED_DEFAULT, HISTORY_DEFAULT, historySeqAfter } from '../graph/plan/fields/history';
import { CHANGES_DEFAULT } from '../graph/plan/fields/revision';
import { plannedValue } from '../graph/plan/planned';
import { selectionOfField, type FieldSelection } from '../graph/plan/selection';
import type { EntityRecord, RelationshipRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Source } from '../schema/entity-kinds.type';
import { Change, Revision, RevisionConnection } from '../schema/history.type';
import { Relationship } from '../schema/relationship.type';
import { BOUNDS, withinBounds } from '../graph/bounds';

const AFTER = 'Cursor of the edge to start after.';

/** The field being resolved as the planner sees it: what a fallback plans over its parent. */
function fieldOf(info: GraphQLResolveInfo, args: Record<string, unknown>): FieldSelection {
  const named = getNamedType(info.returnType);
  return { key: String(info.path.key), name: info.fieldName, args, selection: isCompositeType(named) ? selectionOfField(info) : null, nodes: info.fieldNodes };
}

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
 * Fallbacks for objects no root field planned: a mutation's revision, an entity or relationship a
 * host's resolver returned. Each plans its own field over that one object: one query per object.
 */

@Resolver(() => Revision)
export class RevisionResolver {
  private async plannedOf(revision: { seq: number }, context: GraphContext, info: GraphQLResolveInfo, args: Record<string, unknown>): Promise<unknown> {
    const field = fieldOf(info, args);
    const planned = await context.repositories.history.revision(revision.seq, selectionOfOneField('Revision', field));
    return planned === null ? [] : plannedValue(planned, field.key) ?? [];
  }

  @FieldResolver(() => [Source], { description: 'The sources the revision cited.' })
  sources(@Root() revision: { seq: number }, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.plannedOf(revision, context, info, {});
  }

  @FieldResolver(() => [Change], { description: 'What it changed, one field at a time, in the order it wrote them.' })
  changes(
    @Root() revision: { seq: number },
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: CHANGES_DEFAULT, description: `How many changes at most, up to ${BOUNDS.first.max}.` }) first: number | null,
  ): Promise<unknown> {
    withinBounds('first', first, BOUNDS.first.max);
    return this.plannedOf(revision, context, info, { first });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The mutation that wrote it (`updateEntity`, `applyChangeset`, ...; `loadSeed` for the seed loader).' })
  async mutation(@Root() revision: { seq: number; mutation?: string | null }, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<string | null> {
    if (revision.mutation !== undefined) return revision.mutation;
    const planned = (await context.repositories.history.revision(revision.seq, selectionOfOneField('Revision', fieldOf(info, {})))) as { mutation?: string | null } | null;
    return planned?.mutation ?? null;
  }
}

function historyArgs(first: number | null, after: string | null): { first: number; after: string | null } {
  withinBounds('first', first, BOUNDS.first.max);
  historySeqAfter(after);
  return { first: first as number, after };
}

/** What `history` is for a record that no longer exists to plan it over. */
const NO_REVISIONS = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };

const HISTORY = 'The revisions that touched it, newest first: who changed what, when and why. Under `knownAt`, only those made by then.';

@Resolver(() => Entity)
export class EntityHistoryResolver {
  @FieldResolver(() => RevisionConnection, { description: HISTORY })
  // Declared last to first (type-graphql lists @Arg parameters in reverse): first, after.
  async history(
    @Root() entity: EntityRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: HISTORY_DEFAULT, description: `Page size, at most ${BOUNDS.first.max}.` }) first: number | null,
  ): Promise<unknown> {
    const field = fieldOf(info, historyArgs(first, after));
    const planned = await context.repositories.entities.planned(entity.id, selectionOfOneField('Entity', field));
    return plannedValue(planned, field.key) ?? NO_REVISIONS;
  }
}

@Resolver(() => Relationship)
export class RelationshipHistoryResolver {
  @FieldResolver(() => RevisionConnection, { description: HISTORY })
  async history(
    @Root() relationship: RelationshipRecord,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: HISTORY_DEFAULT, description: `Page size, at most ${BOUNDS.first.max}.` }) first: number | null,
  ): Promise<unknown> {
    const field = fieldOf(info, historyArgs(first, after));
    const planned = await context.repositories.history.relationship(relationship.id, selectionOfOneField('Relationship', field));
    return plannedValue(planned, field.key) ?? NO_REVISIONS;
  }
}


