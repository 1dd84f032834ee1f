import { isDateTime, isInt } from 'neo4j-driver';
import { parse } from 'graphql';
import { EntityOrder, plannedEntityListQuery } from '../../src/graph/entity-list.repository';
import { plannedEntityQuery } from '../../src/graph/entity.repository';
import { operationSize } from '../../src/graph/plan/cost';
import { operationFields } from '../../src/graph/plan/selection';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { EntityType } from '../../src/schema/enums';
import { selectionOfQuery } from '../support/plan-of';
import { neighborhoodQuery } from '../../src/graph/neighborhood-query';
import { pathsQuery, shortestPathQuery } from '../../src/graph/path-queries';
import { searchQuery } from '../../src/graph/search.repository';
import { timelineQuery } from '../../src/graph/timeline.repository';
import { RelationshipType } from '../../src/schema/enums';

/*
 * The first tier of the planner's tests: an operation in, Cypher and parameters out, no database.
 * The integration suite checks the answers; these check the shape of the one query behind them.
 */
const cypherOf = (query: string, variables: Record<string, unknown> = {}) => plannedEntityQuery('sam-altman', selectionOfQuery(query, variables)).query;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('The planned query of a root field', () => {
  it('projects only the selected properties of an entity, never all of them, as a list: id, kind, leaves', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { name ... on Event { startDate } } }');
    // The kind is a small number from the labels (any of seven kinds can be here), never the labels' list.
    expect(cypher).toMatch(/RETURN \[node\.id, CASE (WHEN node:\w+ THEN \d )+END, node\.name, toString\(node\.startDate\)\] AS entity$/);
    expect(cypher).not.toContain('labels(');
    expect(cypher).not.toContain('.*');
    expect(cypher).not.toContain('.aliases');
  });

  it('leaves the kind out where only one kind can be', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { ... on Person { events { name } } } }');
    expect(cypher).toMatch(/RETURN \[n\d+\.id, n\d+\.name\] \}/);
  });

  it('nests one fragment per field: sources and a relationship page with its other ends', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { sources { name } relationships(first: 5) { edges { node { type } other { name } } } } }');
    expect(cypher).toContain('COLLECT { UNWIND coalesce(node.sources, []) AS x0 MATCH (n1:Entity {id: x0}) WHERE n1.retractedAt IS NULL');
    // An edge is a list of its selected fields; no cursor is selected, so no sort key comes back.
    expect(cypher).toMatch(/\{ page: COLLECT \{ MATCH \(node\)-\[r2 WHERE r2\.retractedAt IS NULL\]-\(n3\) WITH r2, n3 ORDER BY type\(r2\), coalesce\(n3\.name, ''\), r2\.id LIMIT \$p\d RETURN \[\[r2\.id, type\(r2\)\], \[n3\.id, CASE /);
  });

  it('reads an edge\'s sort key only when a cursor is selected, first in the edge\'s list', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { relationships(first: 5) { edges { cursor node { type } } } } }');
    expect(cypher).toMatch(/RETURN \[\[type\(r0\), coalesce\(n1\.name, ''\), r0\.id\], \[r0\.id, type\(r0\)\]\] \}/);
    const endCursor = cypherOf('{ entity(id: "x") { relationships(first: 5) { pageInfo { endCursor } } } }').cypher;
    expect(endCursor).toMatch(/RETURN \[\[type\(r0\), coalesce\(n1\.name, ''\), r0\.id\]\] \}/);
  });

  it('cuts the page before anything beneath an edge is read', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { relationships { edges { other { relationships { totalCount } } } } } }');
    const inner = cypher.indexOf('COUNT {');
    expect(cypher.lastIndexOf('LIMIT', inner)).toBeGreaterThan(-1);
    expect(cypher.indexOf('LIMIT')).toBeLessThan(inner);
  });

  it('counts a connection only when totalCount is selected', () => {
    expect(cypherOf('{ entity(id: "x") { relationships { totalCount } } }').cypher).toContain('total: COUNT { MATCH (node)-[r0 WHERE r0.retractedAt IS NULL]-(n1) }');
    expect(cypherOf('{ entity(id: "x") { relationships { edges { cursor } } } }').cypher).not.toContain('COUNT');
  });

  it('reads one item more than the page to learn hasNextPage without a count', () => {
    const { params } = cypherOf('{ entity(id: "x") { relationships(first: 7) { pageInfo { hasNextPage } } } }');
    expect(Object.values(params).filter(isInt).map(String)).toEqual(['8']);
  });

  it('keeps aliases of one field apart, each with its own arguments', () => {
    const { cypher, params } = cypherOf('{ entity(id: "x") { a: relationships(first: 1) { totalCount } b: relationships(first: 2, types: [LED_TO]) { totalCount } } }');
    const a = cypher.indexOf('{ page: [], total: COUNT { MATCH (node)-[r0 WHERE r0.retractedAt IS NULL]-(n1) } }');
    const b = cypher.indexOf('{ page: [], total: COUNT { MATCH (node)-[r2:LED_TO WHERE r2.retractedAt IS NULL]-(n3) } }');
    expect([a > 0, b > a]).toEqual([true, true]);
    expect(Object.keys(params)).toEqual(['id']);
  });

  it('plans a field of the interface once for every kind, and a kind\'s own field only for that kind', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { sources { id } ... on Person { positions { title } } } }');
    expect(count(cypher, 'coalesce(node.sources, [])')).toBe(1);
    expect(cypher).toContain(', CASE WHEN node:Person THEN COLLECT { MATCH (node)-[r');
  });

  it('merges named and inline fragments of one response key', () => {
    const query = `{ entity(id: "x") { ...Names ... on Person { name aliases } } } fragment Names on Entity { name }`;
    const { cypher } = cypherOf(query);
    expect(count(cypher, '.name')).toBe(1);
    expect(cypher).toContain('.aliases');
  });

  it('tells apart one response key that names different fields on different kinds', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { ... on Person { x: events { id } } ... on Topic { x: events { id } } } }');
    expect(cypher).toMatch(/, CASE WHEN node:Person THEN COLLECT \{ MATCH \(node\)-\[r\d+:PARTICIPATED_IN\|STATED\|SIGNED WHERE .*\]->.* WHEN node:Topic THEN COLLECT \{ MATCH \(node\)<-\[r\d+:CONCERNS WHERE /);
  });

  it('evaluates @include and @skip with the request\'s variables', () => {
    const query = 'query ($full: Boolean!) { entity(id: "x") { name @include(if: $full) description @skip(if: $full) } }';
    expect(cypherOf(query, { full: true }).cypher).toContain('.name');
    expect(cypherOf(query, { full: true }).cypher).not.toContain('.description');
    expect(cypherOf(query, { full: false }).cypher).toContain('.description');
  });

  it('writes the same Cypher text for the same shape, values as parameters only', () => {
    const query = 'query ($n: Int, $day: Date) { entity(id: "x") { relationships(first: $n, asOf: $day) { edges { cursor } } ... on Person { events(categories: [MEETING]) { id } } } }';
    const one = cypherOf(query, { n: 37, day: '2023-04-10' });
    const other = cypherOf(query, { n: 9, day: '1999-12-31' });
    expect(one.cypher).toBe(other.cypher);
    expect(one.params).not.toEqual(other.params);
    expect(one.cypher).not.toMatch(/2023|MEETING'|\b37\b|\b38\b/);
    expect(Object.values(one.params)).toContainEqual(['MEETING']);
  });

  it('pages entities by seeking past the cursor\'s name and id, and counts them only when asked', () => {
    const selection = selectionOfQuery('{ entities(first: 5) { edges { node { name } } } }');
    const filter = { type: EntityType.ORGANIZATION, categories: null, namePrefix: null };
    const { cypher, params } = plannedEntityListQuery(filter, EntityOrder.NAME, false, { after: ['Acme', 'org-7'], first: 5 }, selection).query;
    expect(cypher).toContain('WITH null AS total');
    expect(cypher).toContain('MATCH (e:Organization) WHERE e.name IS NOT NULL AND e.name >= $p0 AND (e.name > $p0 OR (e.name = $p0 AND (e.id > $p1)))');
    expect(cypher).toContain('WITH e ORDER BY e.name, e.id LIMIT $first');
    expect(cypher).not.toMatch(/SKIP/);
    expect([params.p0, params.p1, String(params.first)]).toEqual(['Acme', 'org-7', '5']);
  });

  it('pages entities by date through the events, then the sources, then the undated, resuming in the right run', () => {
    const selection = selectionOfQuery('{ entities(first: 5) { edges { node { name } } } }');
    const all = { type: null, categories: null, namePrefix: null };
    const first = plannedEntityListQuery(all, EntityOrder.DATE, false, { after: null, first: 5 }, selection).query.cypher;
    expect(first.match(/MATCH \(e:(\w+)\)/g)).toEqual(['MATCH (e:Event)', 'MATCH (e:Source)', 'MATCH (e:Entity)']);
    const inDated = plannedEntityListQuery(all, EntityOrder.DATE, false, { after: [false, '2024-01-01', 'X', 'event-1'], first: 5 }, selection).query;
    expect(inDated.cypher.match(/MATCH \(e:(\w+)\)/g)).toEqual(['MATCH (e:Event)', 'MATCH (e:Source)', 'MATCH (e:Entity)']);
    expect(inDated.cypher).toContain('e.startDate >= $p0 AND (e.startDate > $p0 OR (e.startDate = $p0 AND (e.name > $p1 OR (e.name = $p1 AND (e.id > $p2)))))');
    const inUndated = plannedEntityListQuery(all, EntityOrder.DATE, false, { after: [true, null, 'X', 'person-1'], first: 5 }, selection).query.cypher;
    expect(inUndated.match(/MATCH \(e:(\w+)\)/g)).toEqual(['MATCH (e:Entity)']);
    const descending = plannedEntityListQuery(all, EntityOrder.DATE, true, { after: [true, null, 'X', 'person-1'], first: 5 }, selection).query.cypher;
    expect(descending).toContain('e.name <= $p0 AND (e.name < $p0 OR (e.name = $p0 AND (e.id < $p1)))');
    expect(descending.match(/MATCH \(e:(\w+)\)/g)).toEqual(['MATCH (e:Entity)', 'MATCH (e:Event)', 'MATCH (e:Source)']);
  });
});

describe('System time (knownAt) in the planned query', () => {
  const typical = '{ entity(id: "x") { name sources { id } relationships(first: 5) { totalCount edges { node { type since sources { id } } other { name } } } ... on Person { positions { title } } } }';
  const withKnownAt = (query: string, knownAt: Date) => plannedEntityQuery('sam-altman', selectionOfQuery(query), knownAt).query;

  it('leaves a read without knownAt exactly as it was: liveness only, no system time, no earlier state', () => {
    const { cypher, params } = cypherOf(typical);
    expect(cypher).toMatch(/^MATCH \(node:Entity \{id: \$id\}\) WHERE node\.retractedAt IS NULL\nRETURN \[node\.id, CASE /);
    for (const absent of ['recordedAt', 'erasedAt', 'EntityState', 'RelationshipState', 'KnownAt', 'head([x']) expect(cypher).not.toContain(absent);
    expect(Object.values(params).some((value) => isDateTime(value))).toBe(false);
    // The same text as a plain read: a query with knownAt left out is planned as one without the argument.
    expect(cypherOf(typical.replace('entity(id: "x")', 'entity(id: "x", knownAt: null)')).cypher).toBe(cypher);
  });

  it('leaves every other root query without knownAt free of system time too', () => {
    const types = [RelationshipType.MEMBER_OF, RelationshipType.LED_TO];
    const q = (text: string) => selectionOfQuery(text);
    const queries = [
      plannedEntityListQuery({ type: null, categories: null, namePrefix: null }, EntityOrder.NAME, false, { after: null, first: 10 }, q('{ entities { edges { node { name sources { id } } } } }')).query.cypher,
      neighborhoodQuery({ id: 'x', depth: 2, limit: 10, types, asOf: null }, q('{ neighborhood(id: "x") { nodes { name } relationships { type } } }')).query.cypher,
      shortestPathQuery({ from: 'a', to: 'b', maxHops: 4, types, asOf: null }, q('{ shortestPath(from: "a", to: "b") { nodes { name } relationships { type } } }')).query.cypher,
      pathsQuery({ from: 'a', to: 'b', maxHops: 4, first: 3, types, asOf: null }, q('{ paths(from: "a", to: "b") { nodes { name } } }')).query.cypher,
      timelineQuery({ entityId: 'x', from: null, to: null, categories: null, first: 10 }, q('{ timeline { name participants { entity { name } } } }')).query.cypher,
      searchQuery('x', null, 10),
    ].map((query) => (typeof query === 'string' ? query : query.cypher));
    for (const cypher of queries) {
      for (const absent of ['recordedAt', 'erasedAt', 'State', 'KnownAt', 'pastRetractions']) expect(cypher).not.toContain(absent);
    }
  });

  it('with knownAt, checks every entity and relationship against that moment and projects their state then', () => {
    const { cypher, params } = withKnownAt(typical, new Date('2024-05-01T10:20:30.456Z'));
    expect(cypher).toContain('MATCH (node:Entity {id: $id}) WHERE (node.recordedAt IS NULL OR node.recordedAt <= $p0) AND (node.retractedAt IS NULL OR node.retractedAt > $p0) AND node.erasedAt IS NULL');
    // Relationships: the system-time predicate replaces the liveness check in the pattern.
    expect(cypher).toMatch(/-\[r\d+ WHERE \(r\d+\.recordedAt IS NULL OR r\d+\.recordedAt <= \$p\d+KnownAt\)/);
    expect(cypher).not.toContain('retractedAt IS NULL]');
    // Properties from the state that held then, else the current one.
    expect(cypher).toContain('MATCH (x');
    expect(cypher).toMatch(/CASE WHEN node\.propertiesSince > \$p0 THEN head\(COLLECT \{ MATCH \(x\d+:EntityState \{entityId: node\.id\}\) WHERE x\d+\.recordedFrom <= \$p0 AND x\d+\.recordedTo > \$p0/);
    expect(cypher).toMatch(/:RelationshipState \{relationshipId: r\d+\.id\}\)/);
    expect(cypher).toMatch(/END, x\d+\.name, COLLECT \{ UNWIND coalesce\(x\d+\.sources, \[\]\)/);
    // The moment is a DATETIME at the last nanosecond of its millisecond.
    const moment = params.p0 as { nanosecond: unknown; second: unknown };
    expect(isDateTime(moment)).toBe(true);
    expect(String(moment.nanosecond)).toBe('456999999');
    expect(String(moment.second)).toBe('30');
  });

  it('reads beneath a field with its own knownAt as of that moment, and the rest as of now', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { name then: relationships(knownAt: "2024-01-01T00:00:00Z") { edges { other { name } } } now: relationships { totalCount } } }');
    expect(cypher).toContain('MATCH (node:Entity {id: $id}) WHERE node.retractedAt IS NULL');
    expect(cypher).toMatch(/node\.name, \{ page: COLLECT \{ MATCH \(node\)-\[r\d+ WHERE \(r\d+\.recordedAt IS NULL/);
    expect(cypher).toMatch(/total: null \}, \{ page: \[\], total: COUNT \{ MATCH \(node\)-\[r\d+ WHERE r\d+\.retractedAt IS NULL\]/);
  });

  it('plans history beneath the entity in the same query, newest first', () => {
    const { cypher } = cypherOf('{ entity(id: "x") { history(first: 2) { totalCount edges { node { seq changes { field entity { id } } } } } } }');
    expect(cypher).toContain('ORDER BY x');
    expect(cypher).toMatch(/:RevisionChange \{targetId: node\.id, targetKind: \$p\d+\}/);
    expect(cypher).toContain("UNION MATCH (x0:Revision {mutation: 'loadSeed'})");
    expect(cypher).toMatch(/\.seq DESC LIMIT \$p\d+/);
    expect(cypher).not.toContain("SKIP");
  });
});

describe('The size of an operation', () => {
  const schema = buildGraphSchema();
  const sizeOf = (query: string, variables: Record<string, unknown> = {}) => {
    const planned = operationFields(schema, parse(query), variables);
    if (planned === null) throw new Error('no operation');
    return operationSize('Query', planned.fields);
  };
  const hops = (n: number, first = '') => {
    let selection = 'id';
    for (let i = 0; i < n; i += 1) selection = `relationships${first} { edges { other { ${selection} } } }`;
    return `{ entity(id: "x") { ${selection} } }`;
  };

  it('multiplies each list by the lists above it', () => {
    expect(sizeOf(hops(3)).nodes).toBe(20 + 20 * 20 + 20 * 20 * 20);
    expect(sizeOf(hops(3, '(first: 100)'))).toEqual({
      nodes: 100 + 100 ** 2 + 100 ** 3,
      heaviest: { path: 'entity.relationships.edges.other.relationships.edges.other.relationships.edges', items: 100 ** 3 },
      outOfBounds: null,
    });
  });

  it('sizes typed lists at their cap and paths by their hops', () => {
    expect(sizeOf('{ timeline(first: 50) { participants { entity { id } } } }').nodes).toBe(50 + 50 * 20);
    expect(sizeOf('{ timeline(first: 50) { participants(first: 100) { entity { id } } } }').nodes).toBe(50 + 50 * 100);
    expect(sizeOf('{ shortestPath(from: "a", to: "b", maxHops: 4) { nodes { id } relationships { id } } }').nodes).toBe(5 + 4);
    expect(sizeOf('{ neighborhood(id: "a", limit: 10) { nodes { sources { id } } } }').nodes).toBe(10 + 10);
  });

  it('reads sizes from variables', () => {
    expect(sizeOf('query ($n: Int) { entities(first: $n) { edges { node { id } } } }', { n: 7 }).nodes).toBe(7);
  });

  it('sizes history, the feed and a revision\'s changes by their first', () => {
    expect(sizeOf('{ changes(first: 10) { edges { node { changes(first: 5) { entity { id } } } } } }').nodes).toBe(10 + 10 * 5);
    expect(sizeOf('{ changes { edges { node { changes { field } sources { id } } } } }').nodes).toBe(100 + 100 * 100 + 100);
    expect(sizeOf('{ entity(id: "x") { history(first: 3) { edges { node { seq } } } } }').nodes).toBe(3);
  });

  it('flags a size past its bound instead of counting it, with the path of its field', () => {
    expect(sizeOf('{ entities(first: 100000) { edges { node { id } } } }')).toMatchObject({
      nodes: 100,
      outOfBounds: { path: 'entities', argument: 'first', value: 100000, max: 100 },
    });
    expect(sizeOf('{ entity(id: "x") { relationships { edges { other { ... on Person { positions(first: 0) { title } } } } } } }').outOfBounds).toEqual({
      path: 'entity.relationships.edges.other.positions',
      argument: 'first',
      value: 0,
      max: 100,
    });
  });
});
