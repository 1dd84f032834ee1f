import { cypherVariable } from './relationship-filter';

/*
 * Keyset ("seek") pagination in Cypher: the rows strictly after a sort key, written so Neo4j can
 * start an index range at the key instead of counting rows from the start. See `cursor.ts` for the
 * cursors that carry the keys.
 */

/**
 * True for rows after the key in `params` in the order of `expressions` (all ascending, or all
 * descending): `(a, b, c) > ($a, $b, $c)` spelled out. The leading `a >= $a` repeats the first
 * comparison on its own because only a plain range on the first key is one an index can seek.
 * Every expression must be non-null on the rows it orders (coalesce where it could be null).
 */
export function afterKey(expressions: readonly string[], params: readonly string[], descending: boolean): string {
  if (expressions.length === 0 || expressions.length !== params.length) throw new RangeError('a key needs one parameter per expression');
  const [gt, ge] = descending ? ['<', '<='] : ['>', '>='];
  const names = params.map((param) => `$${cypherVariable(param)}`);
  let condition = `${expressions.at(-1)} ${gt} ${names.at(-1)}`;
  for (let i = expressions.length - 2; i >= 0; i -= 1) {
    condition = `${expressions[i]} ${gt} ${names[i]} OR (${expressions[i]} = ${names[i]} AND (${condition}))`;
  }
  return `${expressions[0]} ${ge} ${names[0]} AND (${condition})`;
}
