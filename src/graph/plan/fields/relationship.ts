import type { FieldFragment } from '../compile';
import { decodeFirst, sourcesOf } from './lists';

/* The fields of a relationship beyond its properties: its two ends and its sources. */

/** The node at one end of the relationship in `v`, found through the relationship itself. */
function end(side: 'from' | 'to'): FieldFragment {
  return (compiler, v, field) => {
    const node = compiler.variable('n');
    const entity = compiler.entity(node, field.selection!);
    const pattern = side === 'from' ? `(${node})-[${v}]->()` : `()-[${v}]->(${node})`;
    return { cypher: `head(COLLECT { MATCH ${pattern} RETURN ${entity.cypher} })`, decode: decodeFirst(entity.decode) };
  };
}

export const RELATIONSHIP_FIELDS: ReadonlyArray<[string, FieldFragment]> = [
  ['Relationship.from', end('from')],
  ['Relationship.to', end('to')],
  ['Relationship.sources', (compiler, v, field) => sourcesOf(compiler, `${v}.sources`, field.selection!)],
];
