import { Field, ObjectType } from 'type-graphql';
import { Revision } from './history.type';
import { Source } from './entity-kinds.type';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

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
