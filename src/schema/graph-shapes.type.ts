import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MatchKind } from './enums';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

@ObjectType({ simpleResolvers: true, description: 'A chain of relationships between two entities, with every fact on it sourced.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships on the path.' })
  length!: number;

  @Field(() => [Entity], { description: 'The entities along the path, from start to end.' })
  nodes!: Entity[];

  @Field(() => [Relationship], { description: 'The relationships along the path, in order; each may point either way.' })
  relationships!: Relationship[];
}

@ObjectType({ simpleResolvers: true, description: 'A part of the graph: entities and the relationships among them.' })
export class Subgraph {
  @Field(() => [Entity], { description: 'The entities, the centre first.' })
  nodes!: Entity[];

  @Field(() => [Relationship], { description: 'The relationships between those entities.' })
  relationships!: Relationship[];

  @Field({ description: 'True when `limit` cut the neighbourhood short.' })
  truncated!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'One search result.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: Entity;

  @Field(() => Float, { description: 'Relevance: higher is better; an exact name or alias match ranks first.' })
  score!: number;

  @Field({ description: 'The name or alias that matched, as the graph spells it.' })
  matched!: string;

  @Field(() => MatchKind, { description: 'How it matched: the whole spelling, a prefix, or with typos.' })
  matchKind!: MatchKind;
}

registerEnumType(MatchKind, {
  name: 'MatchKind',
  description: 'How a search hit or a mention matched the text.',
  valuesConfig: {
    EXACT: { description: 'The text is the name or an alias, ignoring case and diacritics.' },
    PREFIX: { description: 'The text begins the name or an alias, or begins its words.' },
    FUZZY: { description: 'The text matched with small typos.' },
    REORDERED: { description: "The text is a two-word personal name or alias with its words the other way round (\"Kono Taro\" for \"Taro Kono\"), ignoring case and diacritics." },
  },
});
