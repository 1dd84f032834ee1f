import { generateAll, planGraph } from '../../bench/generate';
import { generateArticle } from '../../bench/scenarios/articles';
import { Random } from '../../bench/generate/random';
import { reconcileScenario } from '../../bench/scenarios/reconcile';
import { BATCH_SIZE } from '../../src/http/reconcile/service';
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

  describe('articles for the linking scenarios', () => {
    const plan = planGraph(2_000, 7);
    const byId = new Map(graph.entities.map((e) => [e.id, e]));
    const article = generateArticle(plan, Random.for(7, 'test'));

    it('are about 5 000 characters naming 30 entities of the graph, by their own spellings, in both scripts', () => {
      expect(article.text.length).toBeGreaterThan(4_500);
      expect(article.text.length).toBeLessThan(5_500);
      expect(article.named).toHaveLength(30);
      article.named.forEach((named, k) => {
        const entity = byId.get(named.id)!;
        expect([entity.name, ...entity.aliases]).toContain(article.spellings[k]);
        expect(article.text).toContain(article.spellings[k]);
      });
      const japanese = article.spellings.filter((spelling) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(spelling));
      expect(japanese.length).toBeGreaterThan(3);
      expect(japanese.length).toBeLessThan(article.spellings.length / 2);
    });

    it('are the same for the same draw', () => {
      expect(generateArticle(plan, Random.for(7, 'test'))).toEqual(article);
    });
  });

  it('makes reconciliation batches of 10 names of the graph, within the service\'s batch size, some typed', () => {
    const scenario = reconcileScenario(planGraph(2_000, 7));
    const request = scenario.api(0);
    expect(request.path).toBe('/reconcile');
    const queries = Object.values(JSON.parse(request.form.queries) as Record<string, { query: string; type?: string }>);
    expect(queries).toHaveLength(10);
    expect(queries.length).toBeLessThanOrEqual(BATCH_SIZE);
    const names = new Set(graph.entities.flatMap((e) => [e.name, ...e.aliases]));
    for (const { query } of queries) expect(names.has(query)).toBe(true);
    expect(queries.filter((q) => q.type !== undefined)).toHaveLength(5);
  });
});
