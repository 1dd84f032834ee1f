import neo4j, { isDate, isInt } from 'neo4j-driver';
import { neighborhoodQuery } from '../../src/graph/neighborhood-query';
import { PATH_CANDIDATES_PER_LENGTH, pathsQuery, SHORTEST_PATH_TIES, shortestPathQuery } from '../../src/graph/path-queries';
import {
  asOfPredicate,
  dateParam,
  followedTypes,
  relationshipFilterParams,
  relationshipPattern,
  typeAlternation,
} from '../../src/graph/relationship-filter';
import { PROVENANCE_TYPES, RelationshipType } from '../../src/schema/enums';
import { selectionOfQuery } from '../support/plan-of';

const ALL = Object.values(RelationshipType);
const ends = { from: 'elon-musk', to: 'fumio-kishida', maxHops: 6 };

/** Every relationship type list spliced into a pattern, e.g. `[r:A|B WHERE` -> ['A', 'B']. */
function splicedTypes(cypher: string): string[][] {
  return [...cypher.matchAll(/\[r:([A-Z_|]+)/g)].map((match) => match[1].split('|'));
}

describe('followedTypes', () => {
  it('leaves out the provenance edges by default and keeps every other type', () => {
    const types = followedTypes(undefined);
    expect(types).toEqual(ALL.filter((type) => !PROVENANCE_TYPES.includes(type)));
    expect(types).not.toContain(RelationshipType.MENTIONED_IN);
    expect(types).not.toContain(RelationshipType.AUTHORED);
    expect(followedTypes(null)).toEqual(types);
  });

  it('follows exactly the named types, provenance included, deduplicated in enum order', () => {
    expect(followedTypes([RelationshipType.MENTIONED_IN])).toEqual([RelationshipType.MENTIONED_IN]);
    expect(followedTypes([RelationshipType.LED_TO, RelationshipType.CO_FOUNDED, RelationshipType.LED_TO])).toEqual([
      RelationshipType.CO_FOUNDED,
      RelationshipType.LED_TO,
    ]);
  });

  it('can default to every type, for callers that list provenance too', () => {
    expect(followedTypes(undefined, { excludeByDefault: [] })).toEqual(ALL);
  });

  it('refuses a string outside the enum', () => {
    expect(() => followedTypes(['KNOWS' as RelationshipType])).toThrow(/not a relationship type/);
  });
});

describe('typeAlternation and relationshipPattern', () => {
  it('joins allow-listed types with |', () => {
    expect(typeAlternation([RelationshipType.LED_TO, RelationshipType.REFERS_TO])).toBe('LED_TO|REFERS_TO');
  });

  it('refuses injection attempts and an empty list', () => {
    expect(() => typeAlternation(['LED_TO]-() DETACH DELETE (n' as RelationshipType])).toThrow(/not a relationship type/);
    expect(() => typeAlternation([])).toThrow(/at least one/);
    expect(() => relationshipPattern('r) //', { types: [RelationshipType.LED_TO], asOf: null })).toThrow(/identifier/);
  });

  it('adds the asOf predicate inside the pattern only when a day is given', () => {
    expect(relationshipPattern('r', { types: [RelationshipType.LED_TO], asOf: null })).toBe('r:LED_TO WHERE r.retractedAt IS NULL');
    expect(relationshipPattern('r', { types: [RelationshipType.LED_TO], asOf: '2024-01-01' })).toBe(
      'r:LED_TO WHERE r.retractedAt IS NULL AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)',
    );
    expect(asOfPredicate('rel', 'day')).toBe(
      '(rel.validFrom IS NULL OR rel.validFrom <= $day) AND (rel.validTo IS NULL OR rel.validTo >= $day)',
    );
  });

  it('passes the day as a Neo4j DATE parameter, and nothing without one', () => {
    const params = relationshipFilterParams({ types: [RelationshipType.LED_TO], asOf: '2024-01-01' });
    expect(isDate(params.asOf as object)).toBe(true);
    expect(String(params.asOf)).toBe('2024-01-01');
    expect(relationshipFilterParams({ types: [RelationshipType.LED_TO], asOf: null })).toEqual({});
    expect(() => dateParam('2024-1-1')).toThrow(/YYYY-MM-DD/);
  });
});

describe('neighborhoodQuery', () => {
  const base = { id: 'government-of-japan', depth: 2, limit: 100, types: followedTypes(null), asOf: null };
  const subgraph = selectionOfQuery('{ neighborhood(id: "x") { nodes { id } relationships { id } } }');
  const nodesOnly = selectionOfQuery('{ neighborhood(id: "x") { nodes { id } } }');

  it('unrolls one bounded breadth-first level per depth, then the relationships pass', () => {
    const { cypher, params } = neighborhoodQuery(base, subgraph).query;
    expect(cypher.match(/CALL \(kept, frontier\)/g)).toHaveLength(2);
    expect(cypher.match(/LIMIT \$limit/g)).toHaveLength(2);
    expect(cypher).toContain('MATCH (c:Entity {id: $id})');
    expect(cypher).not.toMatch(/\*\d|\{\d+,\d+\}/); // no variable-length expansion around hubs
    expect(params.id).toBe('government-of-japan');
    // A Neo4j Integer: LIMIT refuses the float 100.0 that a JS number becomes.
    expect(isInt(params.limit)).toBe(true);
    expect(String(params.limit)).toBe('100');
  });

  it('follows the default types everywhere, without provenance', () => {
    const types = splicedTypes(neighborhoodQuery(base, subgraph).query.cypher);
    expect(types).toHaveLength(3);
    for (const list of types) expect(list).toEqual(followedTypes(null));
  });

  it('filters by day inside every pattern when asOf is given', () => {
    const { cypher, params } = neighborhoodQuery({ ...base, depth: 1, asOf: '2024-01-01' }, subgraph).query;
    expect(cypher.match(/r\.validTo >= \$asOf/g)).toHaveLength(2);
    expect(String(params.asOf)).toBe('2024-01-01');
    expect(neighborhoodQuery(base, subgraph).query.cypher).not.toContain('$asOf');
  });

  it('refuses a depth that is not a positive integer', () => {
    expect(() => neighborhoodQuery({ ...base, depth: 0 }, subgraph)).toThrow(RangeError);
  });

  it('walks the relationships among the nodes only when they are selected', () => {
    expect(splicedTypes(neighborhoodQuery(base, nodesOnly).query.cypher)).toHaveLength(2);
    expect(neighborhoodQuery(base, nodesOnly).query.cypher).not.toContain('CALL (kept, expanded)');
  });
});

describe('shortestPathQuery and pathsQuery', () => {
  const filter = { types: followedTypes(null), asOf: null };
  const path = selectionOfQuery('{ shortestPath(from: "a", to: "b") { length } }');

  it('finds one shortest path, either direction, allowing length 0', () => {
    const { name, cypher, params } = shortestPathQuery({ ...ends, ...filter }, path).query;
    expect(name).toBe('traversal.shortestPath');
    expect(cypher).toMatch(/MATCH p = allShortestPaths\(\(a\)-\[r:[A-Z_|]+\*0\.\.6\]-\(b\)\)\n {2}WHERE all\(x IN r WHERE x\.retractedAt IS NULL\)/);
    expect(cypher).toContain('LIMIT 1');
    expect(cypher).toContain('OPTIONAL MATCH (a:Entity {id: $from})');
    expect(cypher).toContain('OPTIONAL MATCH (b:Entity {id: $to})');
    expect(params).toEqual({ from: 'elon-musk', to: 'fumio-kishida' });
    expect(splicedTypes(cypher)).toEqual([followedTypes(null)]);
  });

  it('asks for simple paths one length at a time, shortest first, stopping once it has enough', () => {
    const { cypher, params } = pathsQuery({ ...ends, maxHops: 4, first: 10, ...filter }, path).query;
    expect(cypher).not.toContain('SHORTEST');
    // Lengths 0 to 4, in order, as the branches of one lazy UNION ALL under the outer LIMIT.
    expect(cypher.match(/UNION ALL/g)).toHaveLength(4);
    expect(cypher).toContain('MATCH p = (a) WHERE a = b RETURN p');
    const lengths = [...cypher.matchAll(/MATCH p = \(a\)((?:-\[[^\]]+\]-\(\w+\))+)/g)].map((m) => m[1].match(/-\[/g)!.length);
    expect(lengths).toEqual([1, 2, 3, 4]);
    expect(cypher).toContain('WHERE a <> n1 AND a <> n2 AND a <> b AND n1 <> n2 AND n1 <> b AND n2 <> b');
    expect(cypher).toContain('WITH p LIMIT $candidates');
    expect(cypher).toMatch(/\}\n {2}WITH p LIMIT \$first\n {2}WITH p ORDER BY length\(p\), /);
    expect(params).toMatchObject({ first: neo4j.int(10), candidates: neo4j.int(PATH_CANDIDATES_PER_LENGTH) });
  });

  it('orders at most a bounded number of equally short paths for shortestPath', () => {
    const { cypher } = shortestPathQuery({ ...ends, ...filter }, path).query;
    expect(cypher).toContain(`WITH p LIMIT ${SHORTEST_PATH_TIES}\n  WITH p\n  ORDER BY length(p)`);
  });

  it('follows only the named types, provenance included when named', () => {
    const { cypher } = shortestPathQuery({ ...ends, types: followedTypes([RelationshipType.MENTIONED_IN]), asOf: null }, path).query;
    expect(splicedTypes(cypher)).toEqual([['MENTIONED_IN']]);
  });

  it('puts the asOf predicate on every relationship of every length', () => {
    const { cypher, params } = pathsQuery({ ...ends, maxHops: 3, first: 5, types: [RelationshipType.LED_TO], asOf: '2023-04-10' }, path).query;
    for (const r of ['r1', 'r2', 'r3']) {
      expect(cypher).toContain(`[${r}:LED_TO WHERE ${r}.retractedAt IS NULL AND (${r}.validFrom IS NULL OR ${r}.validFrom <= $asOf)`);
    }
    expect(cypher).not.toContain('[r4:');
    expect(String(params.asOf)).toBe('2023-04-10');
  });

  it('checks maxHops before splicing it into the quantifier, and first before passing it as the $first parameter', () => {
    expect(() => shortestPathQuery({ ...ends, maxHops: 2.5, ...filter }, path)).toThrow(RangeError);
    expect(() => pathsQuery({ ...ends, first: 0, ...filter }, path)).toThrow(RangeError);
    expect(() => pathsQuery({ ...ends, first: Number.NaN, ...filter }, path)).toThrow(RangeError);
  });
});
