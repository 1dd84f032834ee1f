import { BOUNDS, withinBounds } from '../../../resolvers/bounds';
import { keyAfter, type CursorValue } from '../../../resolvers/cursor';
import { int } from '../../values';
import { liveEntity, liveRelationship } from '../../live';
import type { FieldFragment, PlanCompiler } from '../compile';
import type { FieldSelection } from '../selection';
import { planConnection } from './connection';
import { sourcesOf } from './lists';

/*
 * `Source.facts`: what rests on a source. Facts are found by the `sources` and `propertySources`
 * ("property:sourceId") lists the loader stores on every node and relationship, through the two
 * `*_fact_sources` full-text indexes (keyword analyzer: one term per list element), so only the
 * facts citing the source are read, never every relationship. Ordered by kind, then id, so pages are
 * stable; the four kinds are the four branches of one UNION.
 */

/**
 * The Lucene queries finding, in a `*_fact_sources` index, the records citing source id `id` (a
 * Cypher expression): as a whole fact, and for one property ("property:id", a wildcard on the
 * property's name). Ids are slugs (`[a-z0-9-]`), so escaping the hyphen is all a query needs.
 */
export function factIndexQueries(id: string): { whole: string; property: string } {
  return { whole: `'sources:"' + ${id} + '"'`, property: `'propertySources:*\\\\:' + replace(${id}, '-', '\\\\-')` };
}

function factBranches(compiler: PlanCompiler, source: string, exclusive: string, row: string): string {
  const [e, r, p, property, sources] = [compiler.variable('n'), compiler.variable('r'), compiler.variable('x'), compiler.variable('x'), compiler.variable('x')];
  const id = `${source}.id`;
  const propertySources = (v: string) =>
    `UNWIND [${p} IN ${v}.propertySources WHERE ${p} ENDS WITH ':' + ${id} | split(${p}, ':')[0]] AS ${property}
    WITH ${v}, ${property}, [${p} IN ${v}.propertySources WHERE ${p} STARTS WITH ${property} + ':' | substring(${p}, size(${property}) + 1)] AS ${sources}
    WHERE NOT ${exclusive} OR ${sources} = [${id}]`;
  const queries = factIndexQueries(id);
  return `CALL db.index.fulltext.queryNodes('entity_fact_sources', ${queries.whole}) YIELD node AS ${e}
    WITH ${e} WHERE ${liveEntity(e, compiler.knownAtParam)} AND ${id} IN ${e}.sources AND (NOT ${exclusive} OR ${e}.sources = [${id}])
    RETURN {kind: 'ENTITY', key: '0 ' + ${e}.id, entity: ${e}, rel: null, property: null, sources: ${e}.sources} AS ${row}
    UNION ALL
    CALL db.index.fulltext.queryRelationships('relationship_fact_sources', ${queries.whole}) YIELD relationship AS ${r}
    WITH ${r} WHERE ${liveRelationship(r, compiler.knownAtParam)} AND ${id} IN ${r}.sources AND (NOT ${exclusive} OR ${r}.sources = [${id}])
    RETURN {kind: 'RELATIONSHIP', key: '1 ' + ${r}.id, entity: null, rel: ${r}, property: null, sources: ${r}.sources} AS ${row}
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_fact_sources', ${queries.property}) YIELD node AS ${e}
    WITH ${e} WHERE ${liveEntity(e, compiler.knownAtParam)} AND any(${p} IN ${e}.propertySources WHERE ${p} ENDS WITH ':' + ${id})
    ${propertySources(e)}
    RETURN {kind: 'ENTITY_PROPERTY', key: '2 ' + ${e}.id + ' ' + ${property}, entity: ${e}, rel: null, property: ${property}, sources: ${sources}} AS ${row}
    UNION ALL
    CALL db.index.fulltext.queryRelationships('relationship_fact_sources', ${queries.property}) YIELD relationship AS ${r}
    WITH ${r} WHERE ${liveRelationship(r, compiler.knownAtParam)} AND any(${p} IN ${r}.propertySources WHERE ${p} ENDS WITH ':' + ${id})
    ${propertySources(r)}
    RETURN {kind: 'RELATIONSHIP_PROPERTY', key: '3 ' + ${r}.id + ' ' + ${property}, entity: null, rel: ${r}, property: ${property}, sources: ${sources}} AS ${row}`;
}

/** A fact's cursor carries its sort key: kind rank, id and property in one string. */
export function factKeyAfter(after: string | null | undefined): CursorValue[] | null {
  return keyAfter('facts', after, ['string']);
}

const facts: FieldFragment = (compiler, v, field) => {
  const first = withinBounds('first', field.args.first as number | null, BOUNDS.first.max);
  const after = factKeyAfter(field.args.after as string | null | undefined);
  const [fact, entity, relationship, items] = [compiler.variable('x'), compiler.variable('n'), compiler.variable('r'), compiler.variable('x')];
  const connection = planConnection(field.selection, { connection: 'FactConnection', edge: 'FactEdge', cursorKind: 'facts', cursorKey: `[${fact}.key]` }, { after, first }, (edgeField: FieldSelection) =>
    edgeField.name !== 'node'
      ? undefined
      : compiler.valueObject(edgeField.selection!, 'Fact', { kind: `${fact}.kind`, property: `${fact}.property` }, {
          entity: (f: FieldSelection) => compiler.entity(entity, f.selection!),
          relationship: (f: FieldSelection) => compiler.relationship(relationship, f.selection!),
          sources: (f: FieldSelection) => sourcesOf(compiler, `${fact}.sources`, f.selection!),
        }),
  );
  const exclusive = compiler.param(field.args.exclusive === true);
  const row = compiler.variable('x');
  const branches = factBranches(compiler, v, exclusive, row);
  const afterKey = compiler.param(after === null ? null : after[0]);
  const limit = compiler.param(int(connection.limit));
  // The facts are bound once (a one-item list comprehension) so the total and the page read the same
  // list; the page's items bind their entity and relationship the same way, for map projections.
  // The page is the facts after the cursor's key: the source's facts are read whichever page it is
  // (their count, not the page number, is the cost).
  const item = `head([${entity} IN [${fact}.entity] | head([${relationship} IN [${fact}.rel] | ${connection.item}])])`;
  return {
    cypher: `head([${items} IN [COLLECT { CALL (${v}) { ${branches} } WITH ${row} ORDER BY ${row}.key RETURN ${row} }] | ` +
      `{ total: size(${items}), page: [${fact} IN [${fact} IN ${items} WHERE ${afterKey} IS NULL OR ${fact}.key > ${afterKey}][..${limit}] | ${item}] }])`,
    decode: (raw) => {
      const value = raw as { page: unknown; total: unknown };
      return connection.decode(value.page, value.total);
    },
  };
};

export const SOURCE_FIELDS: ReadonlyArray<[string, FieldFragment]> = [['Source.facts', facts]];
