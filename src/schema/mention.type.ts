import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MatchKind } from './enums';
import { Entity } from './entity.interface';

@ObjectType({ simpleResolvers: true, description: 'An entity a mention may name, with how sure the link is.' })
export class MentionCandidate {
  @Field(() => Entity, { description: 'The entity.' })
  entity!: Entity;

  @Field(() => Float, {
    description:
      'How sure the link is, from 0 to 1: the match (1 as written, 0.9 with a name\'s words reversed) times 0.7 + 0.2 coherence (other mentions related to it in the graph) + 0.1 prior (its degree against the other candidates\').',
  })
  score!: number;

  @Field({ description: 'The name or alias that matched, as the graph spells it.' })
  matched!: string;

  @Field(() => MatchKind, { description: 'How it matched: EXACT (ignoring case, except for acronyms, and diacritics) or REORDERED.' })
  matchKind!: MatchKind;
}

@ObjectType({ simpleResolvers: true, description: 'A span of a text that names a known entity.' })
export class Mention {
  @Field(() => Int, {
    description: 'Where the span starts: a UTF-16 code-unit offset into the text (a JavaScript string index), so `text.slice(start, end)` is the span.',
  })
  start!: number;

  @Field(() => Int, { description: 'Where the span ends, exclusive, in UTF-16 code units.' })
  end!: number;

  @Field({ description: 'The span as written in the text.' })
  text!: string;

  @Field(() => Entity, { nullable: true, description: 'The entity the span names; null when no candidate is sure enough (several share the name and nothing tells them apart).' })
  entity!: Entity | null;

  @Field(() => [MentionCandidate], { description: 'Every entity the span may name, best first.' })
  candidates!: MentionCandidate[];
}
