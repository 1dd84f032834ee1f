import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Revision } from './history.type';

/* The events of subscriptions (docs/live.md). */

/** What a change record did: the values of `Change.op`, for the `types` filter of `subscription { changes }`. */
export enum ChangeOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ASSERT = 'ASSERT',
  ADD_SOURCES = 'ADD_SOURCES',
  RETRACT = 'RETRACT',
  ERASE = 'ERASE',
  LOAD = 'LOAD',
}

registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'What a change did, as `Change.op` names it.',
  valuesConfig: {
    CREATE: { description: 'Created an entity or source.' },
    UPDATE: { description: 'Changed properties.' },
    ASSERT: { description: 'Asserted a relationship (or asserted a retracted one again).' },
    ADD_SOURCES: { description: 'Added sources to a relationship.' },
    RETRACT: { description: 'Retracted an entity or relationship.' },
    ERASE: { description: 'Erased for a legal reason.' },
    LOAD: { description: 'Loaded by the seed loader.' },
  },
});

@ObjectType({ description: 'One revision of the change feed, as a subscription delivers it.' })
export class ChangeEvent {
  @Field(() => Revision, { description: 'The revision: who wrote what, when, why, citing which sources.' })
  revision!: Revision;

  @Field({ description: 'Its cursor in the `changes` feed: resubscribe with `after` set to it to miss nothing after it.' })
  cursor!: string;

  @Field(() => Int, { nullable: true, description: 'The seq of the event before it in this stream; null for the first. A client sees from it that nothing is missing.' })
  previousSeq!: number | null;
}
