import { Field, ObjectType, Int } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { Entity } from './entity.interface';
import { DatePrecision, EventCategory, OrganizationCategory } from './enums';

/*
 * One object type per kind. Their scalar fields come straight from the node; fields that follow
 * relationships come planned with their root field's query (src/graph/plan/), or, beneath an object
 * no root field planned, from the same fragment continued over it (src/resolvers/continue-plan.ts). Every object type of the schema says `simpleResolvers`:
 * its leaves are plain properties, read by graphql-js's own default resolver rather than through
 * type-graphql's per-field middleware wrapper, which this schema has no use for.
 */

@ObjectType({ implements: Entity, simpleResolvers: true, description: 'A person.' })
export class Person extends Entity {}

@ObjectType({ implements: Entity, simpleResolvers: true, description: 'An institution: company, government, party, regulator, intergovernmental body.' })
export class Organization extends Entity {
  @Field(() => OrganizationCategory, { nullable: true, description: 'What kind of institution it is.' })
  category!: OrganizationCategory | null;
}

@ObjectType({ implements: Entity, simpleResolvers: true, description: 'A country, or a region such as Europe (a region has no ISO code).' })
export class Country extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; null for a region.' })
  isoCode!: string | null;
}

@ObjectType({ implements: Entity, simpleResolvers: true, description: 'Something that happened: a meeting, ban, open letter, statement, ...' })
export class Event extends Entity {
  @Field(() => EventCategory, { description: 'What kind of event it is.' })
  category!: EventCategory;

  @Field(() => GraphQLDate, { description: 'When it began (the first day of the period when less precise than a day).' })
  startDate!: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'When it ended, if it lasted.' })
  endDate!: string | null;

  @Field(() => DatePrecision, { description: 'How precisely `startDate` is known.' })
  datePrecision!: DatePrecision;

  @Field(() => Int, { nullable: true, description: 'For open letters: how many signed (a lower bound).' })
  signatories!: number | null;
}

@ObjectType({ implements: Entity, simpleResolvers: true, description: 'A product, such as a chatbot or a language model.' })
export class Product extends Entity {}

@ObjectType({ implements: Entity, simpleResolvers: true, description: 'A subject that events concern, such as privacy.' })
export class Topic extends Entity {}

@ObjectType({ implements: Entity, simpleResolvers: true, description: 'Where facts come from: an article, or general background knowledge.' })
export class Source extends Entity {
  @Field({ description: 'Title of the source.' })
  title!: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'When it was published (the first day of the period when less precise than a day).' })
  publishedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely `publishedOn` is known; null without it.' })
  publishedOnPrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Where to read it, when public.' })
  url!: string | null;
}

/** Every concrete entity type, for `buildSchema({ orphanedTypes })`. */
export const ENTITY_KINDS = [Person, Organization, Country, Event, Product, Topic, Source] as const;
