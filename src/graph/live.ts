
/*
 * "Live" facts: what every read may show. A retracted (or erased) entity or relationship stays in the
 * graph with its `retractedAt` time, for history, but no read sees it. These predicates are the
 * only definition of that rule: every read query applies them, and nothing else decides it.
 * Retracting an entity retracts its relationships in the same transaction, so a live relationship
 * always joins two live entities.
 *
 * With `knownAt` (system time: the graph as it stood at a moment) a fact is visible when it was
 * recorded by then and not yet retracted then; an erased fact never is. Data loaded before
 * `recordedAt` existed has none and counts as known since always. Without `knownAt` the predicate
 * is the plain liveness check, so reads that do not ask for the past run exactly the Cypher they
 * ran before system time existed.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PARAMETER = /^\$[A-Za-z_][A-Za-z0-9_]*$/;

/** Only ever our own literals; checked so a typo cannot become an injection. */
function cypherVariable(name: string): string {
  if (!IDENTIFIER.test(name)) throw new TypeError(`not a Cypher identifier: ${JSON.stringify(name)}`);
  return name;
}

function cypherParameter(reference: string): string {
  if (!PARAMETER.test(reference)) throw new TypeError(`not a Cypher parameter reference: ${JSON.stringify(reference)}`);
  return reference;
}

/** True when the fact in `v` was recorded by `$knownAt` and not retracted by then, and is not erased. */
function knownAt(v: string, knownAtParam: string): string {
  const k = cypherParameter(knownAtParam);
  return `(${v}.recordedAt IS NULL OR ${v}.recordedAt <= ${k}) AND (${v}.retractedAt IS NULL OR ${v}.retractedAt > ${k}) AND ${v}.erasedAt IS NULL`;
}

/**
 * True when entity `variable` is neither retracted nor erased; with `knownAtParam` (a parameter
 * reference such as `$knownAt`), when it was so at that moment.
 */
export function liveEntity(variable: string, knownAtParam: string | null = null): string {
  const v = cypherVariable(variable);
  return knownAtParam === null ? `${v}.retractedAt IS NULL` : knownAt(v, knownAtParam);
}

/**
 * True when relationship `variable` is not retracted; with `knownAtParam`, was not at that moment.
 * A relationship retracted and asserted again keeps the periods it was retracted in
 * (`pastRetractions[i]` until `pastReassertions[i]`), when it was not known either.
 */
export function liveRelationship(variable: string, knownAtParam: string | null = null): string {
  const v = cypherVariable(variable);
  if (knownAtParam === null) return `${v}.retractedAt IS NULL`;
  const k = cypherParameter(knownAtParam);
  return `${knownAt(v, knownAtParam)} AND (${v}.pastRetractions IS NULL OR ` +
    `none(i IN range(0, size(${v}.pastRetractions) - 1) WHERE ${v}.pastRetractions[i] <= ${k} AND ${k} < ${v}.pastReassertions[i]))`;
}
