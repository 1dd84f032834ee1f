import { BOUNDS, withinBounds } from '../../bounds';
import { keyAfter, type CursorValue } from '../../cursor';
import { int } from '../../values';
import { liveEntity, liveRelationship } from '../../live';
import type { FieldFragment } from '../compile';
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

/** A fact's sources (Cypher) once it is on the page: a property's own, or its whole record's. */
export function factSources(fact: string): string {
  return `coalesce(${fact}.sources, ${fact}.entity.sources, ${fact}.rel.sources)`;
}

/** The Cypher variables the fact branches bind: an entity, a relationship and three scratch names. */
export interface FactVariables {
  e: string;
  r: string;
  p: string;
  property: string;
  sources: string;
}

/**
 * The four kinds of fact citing the source whose id is `id` (a Cypher expression), one UNION branch
 * each, each row under `row`: the fact (its sort key, its entity or relationship, and for one
 * property its name and sources; a whole fact's sources are read from its record once it is on the
 * page), or, `counting`, only `true`, so a count reads no key: the page's and the total's.
 */
export function factBranches(
  names: FactVariables,
  id: string,
  exclusive: string,
  knownAtParam: string | null,
  row: string,
  counting = false,
): string {
  const fact = (map: string) => (counting ? 'true' : map);
  const { e, r, p, property, sources } = names;
  const propertySources = (v: string) =>
    `UNWIND [${p} IN ${v}.propertySources WHERE ${p} ENDS WITH ':' + ${id} | split(${p}, ':')[0]] AS ${property}
    WITH ${v}, ${property}, [${p} IN ${v}.propertySources WHERE ${p} STARTS WITH ${property} + ':' | substring(${p}, size(${property}) + 1)] AS ${sources}
    WHERE NOT ${exclusive} OR ${sources} = [${id}]`;
  const queries = factIndexQueries(id);
  return `CALL db.index.fulltext.queryNodes('entity_fact_sources', ${queries.whole}) YIELD node AS ${e}
    WITH ${e} WHERE ${liveEntity(e, knownAtParam)} AND (NOT ${exclusive} OR ${e}.sources = [${id}])
    RETURN ${fact(`{kind: 'ENTITY', key: '0 ' + ${e}.id, entity: ${e}, rel: null, property: null, sources: null}`)} AS ${row}
    UNION ALL
    CALL db.index.fulltext.queryRelationships('relationship_fact_sources', ${queries.whole}) YIELD relationship AS ${r}
    WITH ${r} WHERE ${liveRelationship(r, knownAtParam)} AND (NOT ${exclusive} OR ${r}.sources = [${id}])
    RETURN ${fact(`{kind: 'RELATIONSHIP', key: '1 ' + ${r}.id, entity: null, rel: ${r}, property: null, sources: null}`)} AS ${row}
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_fact_sources', ${queries.property}) YIELD node AS ${e}
    WITH ${e} WHERE ${liveEntity(e, knownAtParam)} AND any(${p} IN ${e}.propertySources WHERE ${p} ENDS WITH ':' + ${id})
    ${propertySources(e)}
    RETURN ${fact(`{kind: 'ENTITY_PROPERTY', key: '2 ' + ${e}.id + ' ' + ${property}, entity: ${e}, rel: null, property: ${property}, sources: ${sources}}`)} AS ${row}
    UNION ALL
    CALL db.index.fulltext.queryRelationships('relationship_fact_sources', ${queries.property}) YIELD relationship AS ${r}
    WITH ${r} WHERE ${liveRelationship(r, knownAtParam)} AND any(${p} IN ${r}.propertySources WHERE ${p} ENDS WITH ':' + ${id})
    ${propertySources(r)}
    RETURN ${fact(`{kind: 'RELATIONSHIP_PROPERTY', key: '3 ' + ${r}.id + ' ' + ${property}, entity: null, rel: ${r}, property: ${property}, sources: ${sources}}`)} AS ${row}`;
}

/** A fact's cursor carries its sort key: kind rank, id and property in one string. */
function factKeyAfter(after: string | null | undefined): CursorValue[] | null {
  return keyAfter('facts', after, ['string']);
}

const facts: FieldFragment = (compiler, v, field) => {
  const first = withinBounds('first', field.args.first as number | null, BOUNDS.first.max);
  const after = factKeyAfter(field.args.after as string | null | undefined);
  const [fact, entity, relationship] = [compiler.variable('x'), compiler.variable('n'), compiler.variable('r')];
  const connection = planConnection(field.selection, { connection: 'FactConnection', edge: 'FactEdge', cursorKind: 'facts', cursorKey: `[${fact}.key]` }, { after, first }, (edgeField: FieldSelection) =>
    edgeField.name !== 'node'
      ? undefined
      : compiler.valueObject(edgeField.selection!, 'Fact', { kind: `${fact}.kind`, property: `${fact}.property` }, {
          entity: (f: FieldSelection) => compiler.entity(entity, f.selection!),
          relationship: (f: FieldSelection) => compiler.relationship(relationship, f.selection!),
          sources: (f: FieldSelection) => sourcesOf(compiler, factSources(fact), f.selection!),
        }),
  );
  const exclusive = compiler.param(field.args.exclusive === true);
  const row = compiler.variable('x');
  const names = (): FactVariables => ({ e: compiler.variable('n'), r: compiler.variable('r'), p: compiler.variable('x'), property: compiler.variable('x'), sources: compiler.variable('x') });
  const branches = factBranches(names(), `${v}.id`, exclusive, compiler.knownAtParam, row);
  const afterKey = compiler.param(after === null ? null : after[0]);
  const limit = compiler.param(int(connection.limit));
  // The page and the total are read apart, the page as a top-k (ORDER BY ... LIMIT keeps only the
  // page's facts while it reads): sorting and collecting every fact of a source to cut one page was
  // most of the time for a source cited a quarter of a million times (2.2-2.4 s a page at 1M). Every
  // fact of the source is still read, whichever the page. The total is counted only when
  // `totalCount` is selected. Each item binds its entity and relationship (a one-item list
  // comprehension) for the map projections.
  const all = `CALL (${v}) { ${branches} }`;
  const counted = `CALL (${v}) { ${factBranches(names(), `${v}.id`, exclusive, compiler.knownAtParam, row, true)} }`;
  const item = `head([${entity} IN [${fact}.entity] | head([${relationship} IN [${fact}.rel] | ${connection.item}])])`;
  const page = connection.needsPage
    ? `[${fact} IN COLLECT { ${all} WITH ${row} WHERE ${afterKey} IS NULL OR ${row}.key > ${afterKey} ` +
      `WITH ${row} ORDER BY ${row}.key LIMIT ${limit} RETURN ${row} } | ${item}]`
    : '[]';
  const total = connection.needsTotal ? `COUNT { ${counted} RETURN ${row} }` : 'null';
  return {
    cypher: `{ page: ${page}, total: ${total} }`,
    decode: (raw) => {
      const value = raw as { page: unknown; total: unknown };
      return connection.decode(value.page, value.total);
    },
  };
};

export const SOURCE_FIELDS: ReadonlyArray<[string, FieldFragment]> = [['Source.facts', facts]];
