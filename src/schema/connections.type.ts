import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

/* Relay cursor connections (https://relay.dev/graphql/connections.htm). */

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'An entity in a page of entities.' })
export class EntityEdge {
  @Field({ description: 'Opaque position of this edge.' })
  cursor!: string;

  @Field(() => Entity, { description: 'The entity.' })
  node!: Entity;
}

@ObjectType({ simpleResolvers: true, description: 'A page of entities.' })
export class EntityConnection {
  @Field(() => [EntityEdge], { description: 'The entities of this page.' })
  edges!: EntityEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many entities match, across all pages.' })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A relationship in a page of relationships.' })
export class RelationshipEdge {
  @Field({ description: 'Opaque position of this edge.' })
  cursor!: string;

  @Field(() => Relationship, { description: 'The relationship.' })
  node!: Relationship;

  @Field(() => Entity, { description: 'The entity at the other end, seen from the entity asked about.' })
  other!: Entity;
}

@ObjectType({ simpleResolvers: true, description: 'A page of relationships of one entity.' })
export class RelationshipConnection {
  @Field(() => [RelationshipEdge], { description: 'The relationships of this page.' })
  edges!: RelationshipEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many relationships match, across all pages.' })
  totalCount!: number;
}
