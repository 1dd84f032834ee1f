import { composeModel, EXPANSION_CAP } from '../../src/explorer/page/graph-model';
import type { EntityRef, RelationshipData, Subgraph } from '../../src/explorer/page/queries';
import { readViewState, viewSearch } from '../../src/explorer/page/url-state';

const entity = (id: string): EntityRef => ({ id, type: 'PERSON', name: id });
const link = (from: string, to: string): RelationshipData => ({
  id: `${from}:KNOWS:${to}`,
  type: 'MEMBER_OF',
  from,
  to,
  title: null,
  role: null,
  since: null,
  until: null,
  sources: [],
});
const star = (centre: string, leaves: string[], truncated = false): Subgraph => ({
  nodes: [entity(centre), ...leaves.map(entity)],
  relationships: leaves.map((leaf) => link(centre, leaf)),
  truncated,
});

describe('The explorer\'s URL', () => {
  it('reads a focus, a path and a day', () => {
    expect(readViewState('?focus=fumio-kishida')).toEqual({ focus: 'fumio-kishida', asOf: undefined });
    expect(readViewState('?from=elon-musk&to=fumio-kishida&asOf=2024-01-01')).toEqual({ from: 'elon-musk', to: 'fumio-kishida', asOf: '2024-01-01' });
  });

  it('drops what it cannot send to the API as it is', () => {
    expect(readViewState('?focus=%3Cscript%3E&asOf=2023-02-30')).toEqual({ focus: undefined, asOf: undefined });
    expect(readViewState(`?focus=${'a'.repeat(300)}&asOf=yesterday`)).toEqual({ focus: undefined, asOf: undefined });
    // Half a path is no path: the focus, if any, is shown instead.
    expect(readViewState('?from=elon-musk&focus=japan')).toEqual({ focus: 'japan', asOf: undefined });
  });

  it('writes what it reads', () => {
    for (const search of ['?focus=sam-altman', '?from=elon-musk&to=fumio-kishida&asOf=2023-04-10', '']) {
      expect(viewSearch(readViewState(search))).toBe(search);
    }
  });
});

describe('The explorer\'s drawing model', () => {
  it('keeps a path\'s entities and relationships in path order', () => {
    const path: Subgraph = { nodes: ['a', 'b', 'c'].map(entity), relationships: [link('a', 'b'), link('c', 'b')], truncated: false };
    const model = composeModel(path, true, []);
    expect(model.path).toEqual(['a', 'b', 'c']);
    expect([...model.pathRelationships]).toEqual(['a:KNOWS:b', 'c:KNOWS:b']);
  });

  it('adds at most EXPANSION_CAP new entities per expansion, nearest first, and counts the rest', () => {
    const leaves = Array.from({ length: EXPANSION_CAP + 7 }, (_, index) => `leaf-${String(index).padStart(2, '0')}`);
    const model = composeModel(star('focus', ['hub']), false, [{ id: 'hub', graph: star('hub', ['focus', ...leaves], true) }]);
    expect(model.nodes.size).toBe(2 + EXPANSION_CAP);
    expect(model.nodes.has('leaf-00')).toBe(true);
    expect(model.nodes.has(`leaf-${EXPANSION_CAP}`)).toBe(false);
    expect(model.expansions).toEqual([{ id: 'hub', added: EXPANSION_CAP, leftOut: 7, truncated: true }]);
    // Relationships to entities left out are not drawn: the focus's to the hub, and the hub's to the focus and the leaves drawn.
    expect(model.relationships.size).toBe(2 + EXPANSION_CAP);
    expect([...model.relationships.values()].filter((edge) => !model.nodes.has(edge.from) || !model.nodes.has(edge.to))).toEqual([]);
  });

  it('is the same picture again after an undo', () => {
    const base = star('focus', ['a', 'b']);
    const before = composeModel(base, false, []);
    composeModel(base, false, [{ id: 'a', graph: star('a', ['x', 'y']) }]);
    const undone = composeModel(base, false, []);
    expect([...undone.nodes.keys()]).toEqual([...before.nodes.keys()]);
    expect([...undone.relationships.keys()]).toEqual([...before.relationships.keys()]);
  });
});
