import { generateAll, planGraph } from '../../bench/generate';
import { EntityType } from '../../src/graph/enums';
import { ID_PATTERN } from '../../src/graph/seed/seed-fields';

/*
 * The benchmark's synthetic graph must be the same for the same seed (runs are compared across
 * machines and commits), and every record must be one the loader accepts. Numbers of the benchmark
 * itself are never asserted here.
 */
describe('bench graph generator', () => {
  const graph = generateAll(2_000, 7);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateAll(2_000, 7))).toBe(JSON.stringify(graph));
    expect(JSON.stringify(generateAll(2_000, 8).relationships.slice(0, 50))).not.toBe(JSON.stringify(graph.relationships.slice(0, 50)));
  });

  it('makes the planned number of entities of every kind, with valid unique ids', () => {
    const plan = planGraph(2_000, 7);
    expect(graph.entities).toHaveLength(2_000);
    expect(Object.values(plan.counts).reduce((sum, count) => sum + count, 0)).toBe(2_000);
    for (const [type, count] of Object.entries(plan.counts) as Array<[EntityType, number]>) {
      expect(graph.entities.filter((e) => e.type === type)).toHaveLength(count);
    }
    const ids = new Set(graph.entities.map((e) => e.id));
    expect(ids.size).toBe(graph.entities.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it('links existing entities, once per triple, with existing sources', () => {
    const ids = new Set(graph.entities.map((e) => e.id));
    const sources = new Set(graph.entities.filter((e) => e.type === EntityType.SOURCE).map((e) => e.id));
    expect(new Set(graph.relationships.map((r) => r.id)).size).toBe(graph.relationships.length);
    for (const rel of graph.relationships) {
      expect(ids.has(rel.from) && ids.has(rel.to)).toBe(true);
      expect(rel.sources.every((s) => sources.has(s))).toBe(true);
      if (rel.validTo !== null) expect(rel.validTo >= (rel.validFrom ?? '')).toBe(true);
    }
    // About 5 relationships per entity, with hubs: the busiest entity has far more than the median.
    expect(graph.relationships.length / graph.entities.length).toBeGreaterThan(3.5);
    expect(graph.relationships.length / graph.entities.length).toBeLessThan(6.5);
  });

  it('names entities in Latin and Japanese script', () => {
    const aliases = graph.entities.flatMap((e) => e.aliases);
    expect(aliases.some((a) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(a))).toBe(true);
    expect(graph.entities.every((e) => /[A-Za-z]/.test(e.name))).toBe(true);
  });
});
