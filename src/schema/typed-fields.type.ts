import { Field, ObjectType } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

@ObjectType({ description: 'A position a person holds or held in an organization.' })
export class Position {
  @Field(() => String, { nullable: true, description: 'The title, e.g. "Prime Minister".' })
  title!: string | null;

  @Field(() => Entity, { description: 'The organization.' })
  organization!: Entity;

  @Field(() => Entity, { description: 'The person.' })
  person!: Entity;

  @Field(() => GraphQLDate, { nullable: true, description: 'Since when (first day of the period).' })
  since!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Until when; null while held.' })
  until!: string | null;

  @Field(() => Relationship, { description: 'The HOLDS_POSITION relationship itself, with its sources.' })
  relationship!: Relationship;
}

@ObjectType({ description: 'An entity taking part in an event, and in what role.' })
export class Participant {
  @Field(() => Entity, { description: 'Who or what took part.' })
  entity!: Entity;

  @Field(() => String, { nullable: true, description: 'The role, e.g. "host" or "guest".' })
  role!: string | null;

  @Field(() => Relationship, { description: 'The PARTICIPATED_IN relationship itself, with its sources.' })
  relationship!: Relationship;
}
