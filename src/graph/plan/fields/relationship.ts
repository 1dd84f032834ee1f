import type { FieldFragment } from '../compile';
import { decodeFirst, sourcesOf } from './lists';

/* The fields of a relationship beyond its properties: its two ends and its sources. */

/**
 * The node at one end of the relationship in `v`: `startNode`/`endNode`, bound to a variable by a
 * one-item list comprehension so it can be projected (a MATCH subquery per relationship cost more).
 */
function end(side: 'from' | 'to'): FieldFragment {
  return (compiler, v, field) => {
    const node = compiler.variable('n');
    const entity = compiler.entity(node, field.selection!);
    const end = side === 'from' ? `startNode(${v})` : `endNode(${v})`;
    return { cypher: `head([${node} IN [${end}] | ${entity.cypher}])`, decode: decodeFirst(entity.decode) };
  };
}

export const RELATIONSHIP_FIELDS: ReadonlyArray<[string, FieldFragment]> = [
  ['Relationship.from', end('from')],
  ['Relationship.to', end('to')],
  ['Relationship.sources', (compiler, v, field) => sourcesOf(compiler, compiler.property(v, 'sources'), field.selection!)],
];
