import { ArgsType, Field, ID, Int } from 'type-graphql';
import { TYPED_LIST_DEFAULT } from '../graph/plan/fields/related';
import { BOUNDS } from '../graph/bounds';
import { GraphQLDateTime } from 'graphql-scalars';
import { KNOWN_AT, MIN_SOURCES, SOURCES } from './descriptions';

/** The arguments of every typed list field: how many, the evidence filters, and the moment (system time). */
@ArgsType()
export class TypedListArgs {
  @Field(() => Int, { nullable: true, defaultValue: TYPED_LIST_DEFAULT, description: `How many at most: 1 to ${BOUNDS.first.max}.` })
  first!: number | null;

  @Field(() => Int, { nullable: true, description: MIN_SOURCES })
  minSources!: number | null;

  @Field(() => [ID], { nullable: true, description: SOURCES })
  sources!: string[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: KNOWN_AT })
  knownAt!: Date | null;
}
