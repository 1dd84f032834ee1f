import { Field, ObjectType } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { Event, Person } from './entity-kinds.type';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

@ObjectType({ simpleResolvers: true, description: 'A position a person holds or held in an organization.' })
export class Position {
  @Field(() => String, { nullable: true, description: 'The title, e.g. "Prime Minister".' })
  title!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Since when (first day of the period).' })
  since!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Until when; null while held.' })
  until!: string | null;

  @Field(() => Relationship, { description: 'The HOLDS_POSITION relationship itself, with its sources and date precision.' })
  relationship!: Relationship;

  @Field(() => Entity, { description: 'The person holding the position.' })
  person!: Entity;

  @Field(() => Entity, { description: 'The organization (usually an Organization).' })
  organization!: Entity;
}

@ObjectType({ simpleResolvers: true, description: 'An entity taking part in an event, and in what role.' })
export class Participant {
  @Field(() => String, { nullable: true, description: 'The role, e.g. "host" or "guest".' })
  role!: string | null;

  @Field(() => Relationship, { description: 'The PARTICIPATED_IN relationship itself, with its sources.' })
  relationship!: Relationship;

  @Field(() => Entity, { description: 'Who or what took part.' })
  entity!: Entity;
}

@ObjectType({ simpleResolvers: true, description: 'Another person met at one or more meetings.' })
export class Encounter {
  @Field(() => Person, { description: 'The person met.' })
  person!: Person;

  @Field(() => [Event], { description: 'The MEETING events both took part in, oldest first.' })
  meetings!: Event[];
}
