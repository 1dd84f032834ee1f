import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { EntityType, LABEL_OF_TYPE } from './enums';

/** The concrete type of an entity: its Neo4j label (each kind's GraphQL type is named as its label), never a class name. */
export const resolveEntityType = (entity: { type: EntityType }): string => LABEL_OF_TYPE[entity.type];

@InterfaceType('Entity', {
  description: 'Anything in the graph: a person, institution, country or region, event, product, topic or source.',
  resolveType: resolveEntityType,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable kebab-case id, e.g. "sam-altman". Part of the public API.' })
  id!: string;

  @Field(() => EntityType, { description: 'The kind of entity.' })
  type!: EntityType;

  @Field({ description: 'The usual name, in Latin script.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings, Japanese ones included.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'A short description in our own words.' })
  description!: string | null;

  @Field(() => Int, { description: 'Version of the entity: 1 when created, +1 per change. Send it back as `expectedVersion` to change it.' })
  version!: number;
}
