import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from './connections.type';
import { Relationship } from './relationship.type';
import { Entity } from './entity.interface';
import { Source } from './entity-kinds.type';

export enum FactKind {
  ENTITY = 'ENTITY',
  RELATIONSHIP = 'RELATIONSHIP',
  ENTITY_PROPERTY = 'ENTITY_PROPERTY',
  RELATIONSHIP_PROPERTY = 'RELATIONSHIP_PROPERTY',
}
registerEnumType(FactKind, {
  name: 'FactKind',
  description: 'What a fact is: an entity, a relationship, or one property (such as a date) of either.',
  valuesConfig: {
    ENTITY: { description: 'That the entity exists, with its names and description.' },
    RELATIONSHIP: { description: 'That the relationship holds.' },
    ENTITY_PROPERTY: { description: 'One property of an entity, such as an end date.' },
    RELATIONSHIP_PROPERTY: { description: 'One property of a relationship, such as `since`.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A fact that rests on a source.' })
export class Fact {
  @Field(() => FactKind, { description: 'What kind of fact it is.' })
  kind!: FactKind;

  @Field(() => Relationship, { nullable: true, description: 'The relationship, for RELATIONSHIP and RELATIONSHIP_PROPERTY facts.' })
  relationship!: Relationship | null;

  @Field(() => String, { nullable: true, description: 'The property, for *_PROPERTY facts, e.g. "since" or "endDate".' })
  property!: string | null;

  @Field(() => Entity, { nullable: true, description: 'The entity, for ENTITY and ENTITY_PROPERTY facts.' })
  entity!: Entity | null;

  @Field(() => [Source], { description: 'Every source of this fact.' })
  sources!: Source[];
}

@ObjectType({ simpleResolvers: true, description: 'A fact in a page of facts.' })
export class FactEdge {
  @Field({ description: 'Opaque position of this edge.' })
  cursor!: string;

  @Field(() => Fact, { description: 'The fact.' })
  node!: Fact;
}

@ObjectType({ simpleResolvers: true, description: 'A page of the facts resting on a source.' })
export class FactConnection {
  @Field(() => [FactEdge], { description: 'The facts of this page.' })
  edges!: FactEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many facts match, across all pages.' })
  totalCount!: number;
}
