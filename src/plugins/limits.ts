/**
 * The size limits of one GraphQL operation, enforced before anything executes.
 * Kept apart from the plugin so that `src/config.ts` can read the defaults without loading it.
 */

/** Per-operation limits. Every field is optional in options; missing ones take the default. */
export interface OperationLimits {
  /** Deepest selection, inline fragments not counted as a level. Defaults to 16: three hops through `relationships { edges { node { to ... } } }` take 14. */
  maxDepth: number;
  /** Aliased fields in the operation (`__typename` excluded). Defaults to 15. */
  maxAliases: number;
  /**
   * The most list items an operation can return, known before any Cypher runs: each list's size
   * (`first`, `limit`; a typed list's `first`, 20 unless asked) times the lists above it, summed
   * (src/graph/plan/cost.ts). Defaults to 50 000.
   */
  maxNodes: number;
  /** Directives in the operation (`@include`, `@skip`, ...). Defaults to 20. */
  maxDirectives: number;
  /** Lexical tokens of the whole document, counted by the parser itself. Defaults to 1 000. */
  maxTokens: number;
}

/**
 * Set from the largest operations of the integration tests (docs/operating.md, "Operation limits"), with
 * headroom; limits.test.ts fails when a query of the suite comes within it, so the numbers stay
 * honest. Depth also lets three hops through relationship connections pass.
 */
export const DEFAULT_OPERATION_LIMITS: Readonly<OperationLimits> = Object.freeze({
  maxDepth: 16,
  maxAliases: 15,
  maxNodes: 50_000,
  maxDirectives: 20,
  maxTokens: 1_000,
});
