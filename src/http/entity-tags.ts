import { GraphQLError } from 'graphql';

/*
 * `If-None-Match` as RFC 9110 (section 13.1.2) defines it: `*` or a comma list of entity tags, each
 * `"opaque"` or weak `W/"opaque"`, compared weakly (a weak tag matches its strong twin). Anything else
 * is refused with 400 rather than ignored: a client or proxy that mangles the header should learn it,
 * where ignoring it would silently cost a full answer on every request.
 */

/** What a request's `If-None-Match` asks: any current answer (`*`), or these opaque tags. */
export type IfNoneMatch = { readonly any: true } | { readonly any: false; readonly tags: readonly string[] };

/** Longer headers are refused: a client revalidates one answer, not thousands. */
const MAX_HEADER_LENGTH = 4096;
const ENTITY_TAG = /[ \t]*(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"[ \t]*(?:,|$)/y;

/** Reads `If-None-Match`; undefined when absent. Throws BAD_REQUEST (HTTP 400) when malformed. */
export function parseIfNoneMatch(header: string | undefined): IfNoneMatch | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return { any: true };
  if (header.length > MAX_HEADER_LENGTH) throw malformed(`longer than ${MAX_HEADER_LENGTH} characters`);
  const tags: string[] = [];
  ENTITY_TAG.lastIndex = 0;
  while (ENTITY_TAG.lastIndex < header.length) {
    const start = ENTITY_TAG.lastIndex;
    const match = ENTITY_TAG.exec(header);
    if (match === null) throw malformed(`expected * or quoted entity tags such as "r12-abc", got ${JSON.stringify(header.slice(start, start + 40))}`);
    tags.push(match[1]);
  }
  if (tags.length === 0) throw malformed('expected * or at least one quoted entity tag');
  return { any: false, tags };
}

/** Weak comparison (RFC 9110 section 8.8.3.2), which is what `If-None-Match` uses. */
export function matchesAny(condition: IfNoneMatch, opaqueTag: string): boolean {
  return condition.any || condition.tags.includes(opaqueTag);
}

function malformed(problem: string): GraphQLError {
  return new GraphQLError(`If-None-Match: ${problem}`, {
    // Apollo's code for a request the HTTP layer refuses (APOLLO_CLIENT_ERROR_CODES in src/errors.ts).
    extensions: { code: 'BAD_REQUEST', header: 'If-None-Match', http: { status: 400 } },
  });
}
