import { Field, Int, ObjectType } from 'type-graphql';
import { Revision } from './history.type';

/* The events of subscriptions (docs/live.md). */

@ObjectType({ description: 'One revision of the change feed, as a subscription delivers it.' })
export class ChangeEvent {
  @Field(() => Revision, { description: 'The revision: who wrote what, when, why, citing which sources.' })
  revision!: Revision;

  @Field({ description: 'Its cursor in the `changes` feed: resubscribe with `after` set to it to miss nothing after it.' })
  cursor!: string;

  @Field(() => Int, { nullable: true, description: 'The seq of the event before it in this stream; null for the first. A client sees from it that nothing is missing.' })
  previousSeq!: number | null;
}
