import { Arg, Int } from 'type-graphql';
import { TYPED_LIST_DEFAULT } from '../graph/plan/fields/related';
import { BOUNDS } from './bounds';

/**
 * The `first` argument of every typed list field (`positions`, `events`, `participants`, ...): like a
 * connection's page size, it bounds what one field can return, so an operation's size is known before
 * it runs (README, "Bounds").
 */
export function First(): ReturnType<typeof Arg> {
  return Arg('first', () => Int, {
    nullable: true,
    defaultValue: TYPED_LIST_DEFAULT,
    description: `How many at most: 1 to ${BOUNDS.first.max}.`,
  });
}
