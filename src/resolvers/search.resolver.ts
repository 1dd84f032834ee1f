import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { badUserInput } from '../errors';
import { selectionOfField } from '../graph/plan/selection';
import { EntityType } from '../schema/enums';
import { SearchHit } from '../schema/graph-shapes.type';
import { BOUNDS, withinBounds } from '../graph/bounds';
import { GraphQLDateTime } from 'graphql-scalars';
import { KNOWN_AT } from './descriptions';

/** Refuses text that cannot be a search: blank, or longer than the documented bound. */
function searchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw badUserInput('text', 'must contain something to search for');
  const length = [...trimmed].length;
  const max = BOUNDS.searchTextLength.max;
  if (length > max) throw badUserInput('text', `must be at most ${max} characters, got ${length}`);
  return trimmed;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Entities whose name or aliases match the text, in Latin or Japanese script, best first; an exact name or alias match ranks first.',
  })
  // type-graphql lists @Arg parameters in reverse: declared last to first to read text, types, first.
  search(
    @Arg('knownAt', () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: `How many hits at most, up to ${BOUNDS.first.max}.` })
    first: number,
    @Arg('types', () => [EntityType], { nullable: true, description: 'Only entities of these kinds; all when omitted or empty.' })
    types: EntityType[] | null | undefined,
    @Arg('text', () => String, {
      description: `What to look for: a name, part of one or a misspelling, in any case, with or without diacritics, or in Japanese. Taken literally (no query syntax); at most ${BOUNDS.searchTextLength.max} characters.`,
    })
    text: string,
    @Ctx() { repositories }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<object[]> {
    const checkedFirst = withinBounds('first', first, BOUNDS.first.max);
    return repositories.search.search(searchText(text), types ?? null, checkedFirst, selectionOfField(info), knownAt ?? null);
  }
}
