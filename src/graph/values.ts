import { int as neo4jInt, isDate, isInt, type Integer } from 'neo4j-driver';

/*
 * Neo4j values at the boundary: Integers and temporal objects never leave `src/graph/`. Counts fit in a
 * JS number; an integer beyond 2^53 would be a bug in our data, so it is refused rather than rounded.
 */

export function toNumber(value: unknown): number {
  if (isInt(value)) {
    // toNumber() is plain arithmetic on the two halves; inSafeRange() allocates Integers to compare,
    // and this runs for every count of every answer. Beyond 2^53 the result is not a safe integer.
    const number = value.toNumber();
    if (!Number.isSafeInteger(number)) throw new RangeError(`integer ${value.toString()} is outside the safe range`);
    return number;
  }
  if (typeof value === 'number') return value;
  throw new TypeError(`expected an integer, got ${typeof value}`);
}

export function toNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** A Neo4j `Date` (or an ISO string) as "YYYY-MM-DD"; null stays null. */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (isDate(value)) return (value as { toString(): string }).toString();
  if (typeof value === 'string') return value;
  throw new TypeError(`expected a date, got ${typeof value}`);
}

export function toStringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function toStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A JS number as a Neo4j Integer parameter: SKIP, LIMIT and list slices refuse floats such as 20.0. */
export function int(value: number): Integer {
  return neo4jInt(value);
}
