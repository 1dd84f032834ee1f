import { badUserInput } from '../errors';

/**
 * The documented bounds of every argument that sizes a query (docs/reference.md, "Bounds"; summed up in the README). Enforced before any
 * Cypher runs, with BAD_USER_INPUT naming the argument and its maximum.
 */
export const BOUNDS = {
  first: { max: 100 },
  neighborhoodDepth: { max: 3 },
  neighborhoodLimit: { max: 1000 },
  shortestPathMaxHops: { max: 8 },
  pathsMaxHops: { max: 6 },
  searchTextLength: { max: 200 },
  /** Candidates of one mention (`Mention.candidates(first)`). */
  mentionCandidates: { max: 20 },
  /** Mentions counted per `mentions` answer by the operation's size (a 100 000-character text names fewer). */
  mentionsPerText: { max: 2_000 },
} as const;

/** Longest `mentions` text by default (MAX_MENTION_TEXT), in UTF-16 code units. */
export const DEFAULT_MAX_MENTION_TEXT = 100_000;

/**
 * Returns `value` when it lies in [min, max]; otherwise throws BAD_USER_INPUT naming `argument`.
 * Arguments with a default are nullable in the contract (`first: Int = 20`), so an explicit null
 * reaches here and is refused like any other value out of bounds.
 */
export function withinBounds(argument: string, value: number | null | undefined, max: number, min = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** A GraphQL `Date` argument (parsed by graphql-scalars into a JS Date at UTC midnight) as "YYYY-MM-DD". */
export function isoDay(date: Date | null | undefined): string | null {
  return date === null || date === undefined ? null : date.toISOString().slice(0, 10);
}
