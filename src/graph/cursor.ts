import { badUserInput } from '../errors';

/*
 * Relay cursors: opaque to clients, to us the sort key of the edge they name, so the next page is the
 * items after that key (a seek through an index) and never an offset that grows with the page number.
 * A cursor stays right when items are added or removed before it. The list's kind is part of the
 * cursor, so a cursor of one list (or one order) is refused by another instead of paging wrongly.
 */

/** One component of a sort key: what a cursor can carry. */
export type CursorValue = string | number | boolean | null;

/** Long enough for a key of a few long names; a longer "cursor" is not one of ours. */
const MAX_CURSOR_LENGTH = 2048;

export function encodeCursor(kind: string, key: readonly CursorValue[]): string {
  return Buffer.from(`${kind}:${JSON.stringify(key)}`, 'utf8').toString('base64url');
}

/**
 * The sort key named by `after`, or null without one; BAD_USER_INPUT for a cursor we did not make
 * for this list: malformed, of another list, or with a key of another shape.
 */
export function keyAfter(kind: string, after: string | null | undefined, shape: ReadonlyArray<'string' | 'number' | 'boolean' | 'nullable-string'>): CursorValue[] | null {
  if (after === null || after === undefined) return null;
  const refuse = () => badUserInput('after', `"${after.slice(0, 80)}" is not a cursor of this list`);
  if (after.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(after)) throw refuse();
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  if (!decoded.startsWith(`${kind}:`)) throw refuse();
  let key: unknown;
  try {
    key = JSON.parse(decoded.slice(kind.length + 1));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw refuse();
  const fits = key.every((value, index) => {
    const expected = shape[index];
    if (expected === 'nullable-string') return value === null || typeof value === 'string';
    return typeof value === expected && (expected !== 'number' || Number.isSafeInteger(value));
  });
  if (!fits) throw refuse();
  return key as CursorValue[];
}
