import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { DatePrecision, RelationshipType } from './enums';

@ObjectType({ simpleResolvers: true, description: 'A directed, sourced fact linking two entities.' })
export class Relationship {
  @Field(() => ID, { description: 'Stable id of the relationship: "<from>:<TYPE>:<to>".' })
  id!: string;

  @Field(() => RelationshipType, { description: 'What the relationship says.' })
  type!: RelationshipType;

  @Field(() => String, { nullable: true, description: 'A title held, e.g. "Prime Minister" (HOLDS_POSITION).' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'A role played, e.g. "host" (PARTICIPATED_IN).' })
  role!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Since when it holds (first day of the period).' })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely `since` is known.' })
  sincePrecision!: DatePrecision | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Until when it held (first day of the period); null while it holds.' })
  until!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely `until` is known.' })
  untilPrecision!: DatePrecision | null;

  @Field(() => Int, { description: 'Version of the relationship: 1 when asserted, +1 per change (sources added, retracted).' })
  version!: number;
}
