import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Source } from './entity-kinds.type';
import { EntityType, RelationshipType } from './enums';

@ObjectType({ simpleResolvers: true, description: 'How many entities of one kind the graph holds.' })
export class EntityTypeCount {
  @Field(() => EntityType, { description: 'The kind.' })
  type!: EntityType;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many relationships of one type the graph holds.' })
export class RelationshipTypeCount {
  @Field(() => RelationshipType, { description: 'The type.' })
  type!: RelationshipType;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many facts (entities and relationships) cite one source.' })
export class SourceFactCount {
  @Field(() => Source, { description: 'The source.' })
  source!: Source;

  @Field(() => Int, { description: 'Entities and relationships citing it.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts over the whole graph.' })
export class GraphStats {
  @Field(() => [EntityTypeCount], { description: 'Entities per kind, every kind listed.' })
  entityCounts!: EntityTypeCount[];

  @Field(() => [RelationshipTypeCount], { description: 'Relationships per type, every type listed.' })
  relationshipCounts!: RelationshipTypeCount[];

  @Field(() => [SourceFactCount], { description: 'The sources with the most facts resting on them, most first (then by id); as many as `stats(topSources:)` asks.' })
  factsPerSource!: SourceFactCount[];
}

@ObjectType({ simpleResolvers: true, description: 'An entity and how connected it is.' })
export class RankedEntity {
  @Field(() => Entity, { description: 'The entity.' })
  entity!: Entity;

  @Field(() => Int, { description: 'How many relationships it has (of the types asked for).' })
  degree!: number;
}
