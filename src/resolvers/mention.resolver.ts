import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { badUserInput } from '../errors';
import { BOUNDS, isoDay } from '../graph/bounds';
import { plannedValue } from '../graph/plan/planned';
import { selectionOfField } from '../graph/plan/selection';
import { EntityType } from '../schema/enums';
import { Mention, MentionCandidate } from '../schema/mention.type';
import { KNOWN_AT } from './descriptions';

@ArgsType()
class MentionsArgs {
  @Field(() => String, {
    description:
      'The text: an article in English, Japanese or both, at most MAX_MENTION_TEXT UTF-16 code units (100 000 unless the server says otherwise).',
  })
  text!: string;

  @Field(() => [EntityType], { nullable: true, description: 'Link only to entities of these kinds; all when omitted or empty.' })
  types!: EntityType[] | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Coherence counts only relationships valid on this day. Left out: all of them.' })
  asOf!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: `${KNOWN_AT} Names and aliases are those known then.` })
  knownAt!: Date | null;
}

/** Refuses a text that cannot be linked: blank, or longer than the server's bound. */
function mentionText(text: string, max: number): string {
  if (text.trim() === '') throw badUserInput('text', 'must contain something to link');
  if (text.length > max) throw badUserInput('text', `must be at most ${max} characters (UTF-16 code units), got ${text.length}`);
  return text;
}

@Resolver(() => Mention)
export class MentionResolver {
  @Query(() => [Mention], {
    description:
      'The known entities a text names, in order of where they appear: spans that never overlap (the longest match wins), each with its ranked candidates and the one it links to when sure. Latin names match on word boundaries, ignoring case and diacritics, except short all-capital acronyms (US, LDP), which match only as written; Japanese matches anywhere.',
  })
  mentions(@Args() { text, types, asOf, knownAt }: MentionsArgs, @Ctx() { repositories, maxMentionText }: GraphContext, @Info() info: GraphQLResolveInfo): Promise<object[]> {
    return repositories.mentions.mentions(mentionText(text, maxMentionText), selectionOfField(info), {
      types: types ?? null,
      asOf: isoDay(asOf),
      knownAt: knownAt ?? null,
    });
  }

  @FieldResolver(() => [MentionCandidate], { description: 'The entities the span may name, best first.' })
  candidates(
    @Root() mention: Mention,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5, description: `How many candidates at most: 1 to ${BOUNDS.mentionCandidates.max}.` }) _first: number,
  ): unknown {
    // `mentions` plans every candidate list it answers; this reads what it planned.
    return plannedValue(mention, String(info.path.key)) ?? [];
  }
}
