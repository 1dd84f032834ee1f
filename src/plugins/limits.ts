/**
 * The size limits of one GraphQL operation, enforced with graphql-armor before anything executes.
 * Kept apart from the plugin so that `src/config.ts` can read the defaults without loading it.
 */

/** Per-operation limits. Every field is optional in options; missing ones take the default. */
export interface OperationLimits {
  /** Deepest selection, inline fragments not counted as a level. Defaults to 12. */
  maxDepth: number;
  /** Aliased fields in the operation (`__typename` excluded). Defaults to 15. */
  maxAliases: number;
  /** graphql-armor's cost estimate (objects 2, scalars 1, x1.5 per level, x`first` literal). Defaults to 10 000. */
  maxCost: number;
  /** Directives in the operation (`@include`, `@skip`, ...). Defaults to 20. */
  maxDirectives: number;
  /** Lexical tokens of the whole document, counted by the parser itself. Defaults to 1 000. */
  maxTokens: number;
}

/**
 * Set from the largest operations of the integration tests (README, "Serving in production"), with
 * headroom: depth 8 and cost 3 705 measured, tokens 59, aliases 5 and directives 4 (limits.test.ts).
 * A test fails when a query of the suite comes within the headroom, so the numbers stay honest.
 */
export const DEFAULT_OPERATION_LIMITS: Readonly<OperationLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 10_000,
  maxDirectives: 20,
  maxTokens: 1_000,
});
