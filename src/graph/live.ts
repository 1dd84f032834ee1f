
/*
 * "Live" facts: what every read may show. A retracted (or erased) entity or relationship stays in the
 * graph with its `retractedAt` time, for history, but no read sees it. These two predicates are the
 * only definition of that rule: every read query applies them, and nothing else decides it.
 * Retracting an entity retracts its relationships in the same transaction, so a live relationship
 * always joins two live entities.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Only ever our own literals; checked so a typo cannot become an injection. */
function cypherVariable(name: string): string {
  if (!IDENTIFIER.test(name)) throw new TypeError(`not a Cypher identifier: ${JSON.stringify(name)}`);
  return name;
}

/** True when entity `variable` is neither retracted nor erased. */
export function liveEntity(variable: string): string {
  return `${cypherVariable(variable)}.retractedAt IS NULL`;
}

/** True when relationship `variable` is not retracted. */
export function liveRelationship(variable: string): string {
  return `${cypherVariable(variable)}.retractedAt IS NULL`;
}
