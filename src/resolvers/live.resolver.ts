import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphContext } from '../context';
import type { ChangeEventPayload } from '../graph/change-streams';
import { feedSeqAfter } from '../graph/history.repository';
import { selectionOfField } from '../graph/plan/selection';
import { clientError, ErrorCode } from '../errors';
import { Entity } from '../schema/entity.interface';
import { Revision } from '../schema/history.type';
import { ChangeOperation } from '../schema/enums';
import { ChangeEvent } from '../schema/live.type';
import { continuePlan } from './continue-plan';

/*
 * Subscriptions, served over WebSocket (src/http/subscriptions.ts): the change feed followed live,
 * and one entity kept current. A stream that fails (the database went away, a slow client) ends
 * with the protocol's `error` message carrying the code.
 */

type Args = Record<string, unknown>;

function liveOf(context: GraphContext): NonNullable<GraphContext['live']> {
  if (context.live === null) throw clientError(ErrorCode.OPERATION_NOT_SUPPORTED, 'Subscriptions are served over WebSocket (graphql-transport-ws) only');
  return context.live;
}

@Resolver(() => ChangeEvent)
export class LiveResolver {
  @Subscription(() => ChangeEvent, {
    description:
      'Every revision after the cursor `after` (left out: from now), in seq order, then each new one as it commits, on whichever instance it was written. ' +
      'Resubscribing with the cursor of the last event received misses nothing and repeats nothing.',
    subscribe: ({ args, context }: { args: Args; context: GraphContext }) => {
      const after = args.after as string | null | undefined;
      const types = args.types as ChangeOperation[] | null | undefined;
      return liveOf(context).changes(after === null || after === undefined ? null : feedSeqAfter(after), {
        entity: (args.entity as string | null | undefined) ?? null,
        source: (args.source as string | null | undefined) ?? null,
        ops: types ?? null,
      });
    },
  })
  // type-graphql lists @Arg parameters in reverse: declared last to first to read after, entity, source, types.
  changes(
    @Root() event: ChangeEventPayload,
    @Arg('types', () => [ChangeOperation], { nullable: true, description: 'Only revisions with a change of one of these operations.' }) _types: ChangeOperation[] | null,
    @Arg('source', () => ID, { nullable: true, description: 'Only revisions that cite this source.' }) _source: string | null,
    @Arg('entity', () => ID, { nullable: true, description: 'Only revisions that change this entity or one of its relationships.' }) _entity: string | null,
    @Arg('after', () => String, { nullable: true, description: 'A cursor of the `changes` feed (or of an event): the revisions after it. Left out: from now.' }) _after: string | null,
  ): ChangeEventPayload {
    return event;
  }

  @Subscription(() => Entity, {
    name: 'entity',
    nullable: true,
    description: 'The entity as it is now, then again each time a revision changes it or its relationships; null when there is none (or no longer).',
    subscribe: ({ args, context }: { args: Args; context: GraphContext }) => liveOf(context).entity(String(args.id)),
  })
  entitySubscription(
    @Arg('id', () => ID, { description: 'The entity id, e.g. "sam-altman".' }) id: string,
    @Ctx() { repositories }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<object | null> {
    return repositories.entities.planned(id, selectionOfField(info));
  }

  @FieldResolver(() => Revision, { description: 'The revision: who wrote what, when, why, citing which sources.' })
  revision(@Root() event: ChangeEventPayload, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return continuePlan(event, context, info);
  }
}
