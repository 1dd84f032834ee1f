import { Field, ID, InputType, Int } from 'type-graphql';
import { DatePrecision, EntityType, RelationshipType } from './enums';

/*
 * The inputs of the mutations. Their values are checked by the one rule set that checks the seed
 * (src/graph/rules/), so the rules are stated once; dates are written as in the seed: "2023",
 * "2023-04" or "2023-04-10", and the form says how precise the date is.
 */

const PARTIAL_DATE = 'A date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the form sets its precision.';

@InputType({ description: 'A new source: an article, a report, a dataset.' })
export class CreateSourceInput {
  @Field(() => ID, { description: 'New kebab-case id, e.g. "article-openai-japan-2023".' })
  id!: string;

  @Field({ description: 'The title; also the entity name.' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'Id of an existing person or organization who wrote it (AUTHORED).' })
  author?: string | null;

  @Field(() => String, { nullable: true, description: PARTIAL_DATE })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A short description in our own words.' })
  description?: string | null;
}

@InputType({ description: 'A new entity (not a source: use createSource) and the sources it rests on.' })
export class CreateEntityInput {
  @Field(() => ID, { description: 'New kebab-case id, unique across all kinds.' })
  id!: string;

  @Field(() => EntityType, { description: 'The kind; SOURCE is refused (use createSource).' })
  type!: EntityType;

  @Field({ description: 'The usual name, in Latin script.' })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names and spellings.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A short description in our own words.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'ORGANIZATION: an OrganizationCategory; EVENT: an EventCategory. Required on both.' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNTRY only: ISO 3166-1 alpha-2 code.' })
  isoCode?: string | null;

  @Field(() => String, { nullable: true, description: `EVENT only, required. ${PARTIAL_DATE}` })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: `EVENT only. ${PARTIAL_DATE}` })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'EVENT only: how many signed (a lower bound).' })
  signatories?: number | null;

  @Field(() => [ID], { description: 'Ids of existing sources; at least one.' })
  sources!: string[];
}

@InputType({ description: 'A change to an entity: an absent field keeps its value, null removes it, a value replaces it.' })
export class UpdateEntityInput {
  @Field(() => String, { nullable: true, description: 'A new name; it cannot be removed.' })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'The whole new list of aliases.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'ORGANIZATION and EVENT: the new category.' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNTRY only: ISO 3166-1 alpha-2 code.' })
  isoCode?: string | null;

  @Field(() => String, { nullable: true, description: PARTIAL_DATE })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: PARTIAL_DATE })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'EVENT only: how many signed (a lower bound).' })
  signatories?: number | null;

  @Field(() => String, { nullable: true, description: 'SOURCE only.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: `SOURCE only. ${PARTIAL_DATE}` })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'SOURCE only.' })
  url?: string | null;
}

@InputType({ description: 'A relationship between two existing entities of kinds its type joins, and its sources.' })
export class AssertRelationshipInput {
  @Field(() => ID, { description: 'Id of the live entity it starts from.' })
  from!: string;

  @Field(() => RelationshipType, { description: 'What it says; it must join the kinds of `from` and `to`.' })
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the live entity it points to.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'A title held, e.g. "Prime Minister" (HOLDS_POSITION).' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A role played, e.g. "host" (PARTICIPATED_IN).' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: PARTIAL_DATE })
  since?: string | null;

  @Field(() => String, { nullable: true, description: PARTIAL_DATE })
  until?: string | null;

  @Field(() => [ID], { description: 'Ids of existing sources; at least one.' })
  sources!: string[];
}

@InputType({ description: 'A correction of a relationship: an absent field keeps its value, null removes it, a value replaces it.' })
export class UpdateRelationshipInput {
  @Field(() => String, { nullable: true, description: 'A title held, e.g. "Prime Minister".' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A role played, e.g. "host".' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: PARTIAL_DATE })
  since?: string | null;

  @Field(() => String, { nullable: true, description: PARTIAL_DATE })
  until?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'States `since` (the given one, else the current one) less precisely: DAY to MONTH or YEAR, MONTH to YEAR. A finer precision than the date is written to is BAD_USER_INPUT.' })
  sincePrecision?: DatePrecision | null;

  @Field(() => DatePrecision, { nullable: true, description: 'As `sincePrecision`, for `until`.' })
  untilPrecision?: DatePrecision | null;
}

@InputType({ description: 'Several writes as one: all of them are applied, or none.' })
export class ChangesetInput {
  @Field(() => String, { nullable: true, description: 'Why: recorded in the revision.' })
  reason?: string | null;

  @Field(() => [CreateSourceInput], { defaultValue: [], description: 'New sources, written first: the entities and relationships may cite them.' })
  sources!: CreateSourceInput[];

  @Field(() => [CreateEntityInput], { defaultValue: [], description: 'New entities, written after the sources.' })
  entities!: CreateEntityInput[];

  @Field(() => [AssertRelationshipInput], { defaultValue: [], description: 'Relationships, written last.' })
  relationships!: AssertRelationshipInput[];
}
