import { Field, Int, ObjectType } from 'type-graphql';
import { Source } from './entity-kinds.type';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

@ObjectType({ description: 'One write transaction, as the history keeps it.' })
export class Revision {
  @Field(() => Int, { description: 'Increasing number of the revision: later writes have larger ones.' })
  seq!: number;

  @Field({ description: 'When it was committed (ISO 8601 date-time).' })
  at!: string;

  @Field({ description: "Who wrote it: the token's subject, or `seed` for the seed loader." })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'Why, as the writer said.' })
  reason!: string | null;
}

@ObjectType({ description: 'What a changeset wrote, in input order, and its revision.' })
export class ChangesetResult {
  @Field(() => [Source], { description: 'The sources created.' })
  sources!: Source[];

  @Field(() => [Entity], { description: 'The entities created.' })
  entities!: Entity[];

  @Field(() => [Relationship], { description: 'The relationships asserted (or given more sources).' })
  relationships!: Relationship[];

  @Field(() => Revision, { nullable: true, description: 'Null only when nothing changed (every relationship already had its sources).' })
  revision!: Revision | null;
}
