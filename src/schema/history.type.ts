import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from './connections.type';
import { Source } from './entity-kinds.type';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

/* The graph's memory: revisions, the changes they made, and pages of them (docs/history.md). */

export enum ChangeTarget {
  ENTITY = 'ENTITY',
  RELATIONSHIP = 'RELATIONSHIP',
}

registerEnumType(ChangeTarget, {
  name: 'ChangeTarget',
  description: 'What a change is about.',
  valuesConfig: { ENTITY: { description: 'An entity (a source included).' }, RELATIONSHIP: { description: 'A relationship.' } },
});

@ObjectType({ simpleResolvers: true, description: 'One field of one entity or relationship, as a revision changed it.' })
export class Change {
  @Field({
    description:
      'The property changed (`name`, `startDate`, `sources`, ...). A created fact lists each of its properties; ' +
      'a retraction is `retracted` ("false" to "true"); an erasure, and every earlier change about what it erased, is `erased`, with no before or after; ' +
      'a seed load is `loaded`.',
  })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before: text as itself, other values as JSON; null when there was none.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, written like `before`; null when removed.' })
  after!: string | null;

  @Field(() => ChangeTarget, { description: 'Whether it is about an entity or a relationship.' })
  targetKind!: ChangeTarget;

  @Field(() => ID, { nullable: true, description: 'The id of the entity or relationship it is about; null when that was erased (it appears nowhere, not even by id).' })
  targetId!: string | null;

  @Field({ description: 'The write operation: CREATE, UPDATE, ASSERT, ADD_SOURCES, RETRACT, ERASE, or LOAD (the seed loader).' })
  op!: string;

  @Field(() => Entity, { nullable: true, description: 'The entity it is about, as it is now (or at `knownAt`); null when that is a relationship, or retracted or erased.' })
  entity!: Entity | null;

  @Field(() => Relationship, { nullable: true, description: 'The relationship it is about, as it is now (or at `knownAt`); null when that is an entity, or retracted or erased.' })
  relationship!: Relationship | null;
}

@ObjectType({ description: 'One write transaction, as the history keeps it.' })
export class Revision {
  @Field(() => Int, { description: 'Increasing number of the revision, in commit order: later writes have larger ones.' })
  seq!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was written (to the millisecond). As `knownAt`, it shows the graph with this revision.' })
  at!: Date | string;

  @Field({ description: "Who wrote it: the token's subject, or `seed` for the seed loader." })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'Why, as the writer said.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The mutation that wrote it (`updateEntity`, `applyChangeset`, ...; `loadSeed` for the seed loader).' })
  mutation!: string | null;

  @Field(() => [Source], { description: 'The sources the revision cited.' })
  sources!: Source[];

  @Field(() => [Change], { description: 'What it changed, one field at a time, in the order it wrote them (the first `first`: default 100, at most 100).' })
  changes!: Change[];
}

@ObjectType({ simpleResolvers: true, description: 'A revision in a page of revisions.' })
export class RevisionEdge {
  @Field({ description: 'Opaque position of this edge; in `changes`, it stands for the revision itself.' })
  cursor!: string;

  @Field(() => Revision, { description: 'The revision.' })
  node!: Revision;
}

@ObjectType({ simpleResolvers: true, description: 'A page of revisions.' })
export class RevisionConnection {
  @Field(() => [RevisionEdge], { description: 'The revisions of this page.' })
  edges!: RevisionEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many revisions the list holds, across all pages.' })
  totalCount!: number;
}
