import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import neo4j, { type Driver, type ProfiledPlan, type ResultSummary } from 'neo4j-driver';
import { GCProfiler } from 'node:v8';
import type { GraphContext } from '../src/context';
import { createKnowledgeGraph } from '../src/knowledge-graph';
import type { BenchDatabase } from './database';
import type { CypherRequest, Scenario } from './scenarios';

/**
 * `npm run bench -- --profile`: no load, one request at a time. For a few requests of each scenario,
 * where the time of one answer goes:
 * - Neo4j's time for the API's query and for the floor's, from the driver's result summaries
 *   (`resultAvailableAfter + resultConsumedAfter`: planning, execution and streaming, as the server
 *   measures them);
 * - the wall time of the API's query alone through the driver (the Cypher the API ran, caught at the
 *   driver so nothing in src/ changes for it, re-run on its own session and read transaction as the
 *   API runs it, every record pulled and decoded by the driver): Neo4j's time plus Bolt and decoding;
 * - the in-process time of the whole operation (Apollo `executeOperation`: parsing, validation,
 *   planning, the query, decoding, execution; no HTTP), configured as the server is, once with
 *   graphql-js's executor (`schema`) and once with the compiled one (`gateway`);
 * - the heap allocated per operation by each (V8's GC profiler: what the heap grew by, plus what
 *   every collection in between freed).
 * Every request is run once to warm up, then each SAMPLES_EACH times; every figure is the median over
 * all those runs. Each query is also PROFILEd once per request for its db hits (the evidence
 * behind the findings in docs/performance.md). The decomposition is printed as a Markdown table.
 */

const REQUESTS = 5;
const SAMPLES_EACH = 3;

type Captured = CypherRequest;

/** The two ways the API can execute an operation: Apollo's graphql-js, or compiled through `kg.gateway`. */
type Engine = 'graphql-js' | 'compiled';

/** The driver, with every read transaction's queries copied to `sink`. */
function capturingDriver(driver: Driver, sink: Captured[]): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop !== 'session') {
        const value = Reflect.get(target, prop) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      }
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        const executeRead = session.executeRead.bind(session);
        session.executeRead = ((work: (tx: unknown) => unknown, txConfig?: unknown) =>
          executeRead(
            (tx) =>
              work({
                run: (cypher: string, params: Record<string, unknown>) => {
                  sink.push({ cypher, params });
                  return tx.run(cypher, params);
                },
              }),
            txConfig as never,
          )) as typeof session.executeRead;
        return session;
      };
    },
  });
}

/** One run of a query: Neo4j's time from the summary, and the wall time around it in this process. */
interface Timed {
  neo4jMs: number;
  wallMs: number;
}

const ms = (value: ResultSummary['resultAvailableAfter']): number => neo4j.integer.toNumber(value);

/** The query as the API runs it: its own session, a managed read transaction, every record pulled. */
async function timed(driver: Driver, { cypher, params }: CypherRequest): Promise<Timed> {
  const t0 = performance.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const { summary } = await session.executeRead((tx) => tx.run(cypher, params), { timeout: 30_000 });
    const neo4jMs = ms(summary.resultAvailableAfter) + ms(summary.resultConsumedAfter);
    return { neo4jMs, wallMs: performance.now() - t0 };
  } finally {
    await session.close();
  }
}

/** Several queries of one operation, one after the other as the API sends them: their times add up. */
async function timedAll(driver: Driver, queries: readonly CypherRequest[]): Promise<Timed> {
  const total = { neo4jMs: 0, wallMs: 0 };
  for (const query of queries) {
    const t = await timed(driver, query);
    total.neo4jMs += t.neo4jMs;
    total.wallMs += t.wallMs;
  }
  return total;
}

interface Profiled {
  dbHits: number;
  top: string;
}

function walk(plan: ProfiledPlan, visit: (plan: ProfiledPlan) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

async function profile(driver: Driver, { cypher, params }: CypherRequest): Promise<Profiled> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const summary = (await session.run(`PROFILE ${cypher}`, params)).summary;
    let dbHits = 0;
    let top = { name: '', hits: -1 };
    if (summary.profile !== false) {
      walk(summary.profile, (plan) => {
        dbHits += plan.dbHits;
        if (plan.dbHits > top.hits) top = { name: plan.operatorType, hits: plan.dbHits };
      });
    }
    return { dbHits, top: `${top.name} ${top.hits}` };
  } finally {
    await session.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** What the table shows for one scenario: medians over every measured run of every request. */
export interface ProfileRow {
  scenario: string;
  neo4jApiMs: number;
  neo4jFloorMs: number;
  apiAloneWallMs: number;
  /** With the compiled executor, as the server runs it. */
  apiInProcessMs: number;
  apiInProcessGraphqlJsMs: number;
  /** This process's CPU time and heap allocated per operation, compiled and with graphql-js. */
  compiledCost: { cpuMs: number; allocatedKb: number };
  graphqlJsCost: { cpuMs: number; allocatedKb: number };
  roundTrips: number;
  dbHitsApi: number;
  dbHitsFloor: number;
}

const firstLine = (cypher: string): string => cypher.replace(/\s+/g, ' ').slice(0, 70);

const scaleLabel = (scale: number): string =>
  scale % 1_000_000 === 0 ? `${scale / 1_000_000}M` : scale % 1000 === 0 ? `${scale / 1000}k` : String(scale);

export function profileTable(scale: number, rows: readonly ProfileRow[]): string {
  const f = (value: number): string => `${value.toFixed(1)} ms`;
  const kb = (value: number): string => `${Math.round(value)} kB`;
  return [
    '| scenario | scale | Neo4j time, API\'s query | Neo4j time, floor | API\'s query alone, wall | API in-process, compiled / graphql-js | API process CPU per operation, compiled / graphql-js | heap allocated per operation, compiled / graphql-js | round trips | db hits, API / floor |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${scaleLabel(scale)} | ${f(r.neo4jApiMs)} | ${f(r.neo4jFloorMs)} | ${f(r.apiAloneWallMs)} | ${f(r.apiInProcessMs)} / ${f(r.apiInProcessGraphqlJsMs)} | ${f(r.compiledCost.cpuMs)} / ${f(r.graphqlJsCost.cpuMs)} | ${kb(r.compiledCost.allocatedKb)} / ${kb(r.graphqlJsCost.allocatedKb)} | ${r.roundTrips} | ${r.dbHitsApi} / ${r.dbHitsFloor} |`,
    ),
  ].join('\n');
}

export async function runProfile(db: BenchDatabase, scenarios: readonly Scenario[], scale: number): Promise<ProfileRow[]> {
  const captured: Captured[] = [];
  const kg = await createKnowledgeGraph({ driver: capturingDriver(db.driver, captured), logger: (await import('pino')).default({ level: 'warn' }) });
  const served = { plugins: [...kg.plugins, ApolloServerPluginCacheControlDisabled()], formatError: kg.formatError, parseOptions: kg.parseOptions };
  const engines: Record<Engine, ApolloServer<GraphContext>> = {
    'graphql-js': new ApolloServer<GraphContext>({ ...served, schema: kg.schema }),
    compiled: new ApolloServer<GraphContext>({ ...served, gateway: kg.gateway }),
  };
  await Promise.all(Object.values(engines).map((apollo) => apollo.start()));
  const out = (line: string): void => void process.stdout.write(line + '\n');
  const executeOnce = async (scenario: Scenario, i: number, engine: Engine = 'compiled'): Promise<{ ms: number; queries: Captured[] }> => {
    const { query, variables } = scenario.api(i);
    captured.length = 0;
    const t0 = performance.now();
    const response = await engines[engine].executeOperation({ query, variables }, { contextValue: kg.createContext() });
    const elapsed = performance.now() - t0;
    if (response.body.kind === 'single' && response.body.singleResult.errors) {
      throw new Error(`${scenario.name}: ${response.body.singleResult.errors.map((e) => e.message).join('; ')}`);
    }
    return { ms: elapsed, queries: [...captured] };
  };
  // Every request of every scenario once before anything is measured: Node's JIT over every code path
  // (else the first scenario carries it), Apollo's document cache, Neo4j's plan cache, the page cache.
  for (const scenario of scenarios) {
    for (let i = 0; i < REQUESTS; i += 1) {
      await executeOnce(scenario, i, 'graphql-js');
      await timedAll(db.driver, (await executeOnce(scenario, i)).queries);
      await timed(db.driver, scenario.cypher(i));
    }
  }
  /** This process's CPU time and heap allocation per operation, over every request of the scenario. */
  const costPerOperation = async (scenario: Scenario, engine: Engine): Promise<{ cpuMs: number; allocatedKb: number }> => {
    const operations = SAMPLES_EACH * REQUESTS;
    const profiler = new GCProfiler();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    profiler.start();
    for (let k = 0; k < SAMPLES_EACH; k += 1) for (let i = 0; i < REQUESTS; i += 1) await executeOnce(scenario, i, engine);
    const cpu = process.cpuUsage(cpuBefore);
    const heapAfter = process.memoryUsage().heapUsed;
    const freed = profiler
      .stop()
      .statistics.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0);
    return { cpuMs: (cpu.user + cpu.system) / 1000 / operations, allocatedKb: (heapAfter - heapBefore + freed) / 1024 / operations };
  };
  const rows: ProfileRow[] = [];
  for (const scenario of scenarios) {
    out(`\n## ${scenario.name}: ${scenario.question}`);
    const inProcess: number[] = [];
    const inProcessJs: number[] = [];
    const apiAlone: Timed[] = [];
    const floorTimes: Timed[] = [];
    const roundTrips: number[] = [];
    const hitsApi: number[] = [];
    const hitsFloor: number[] = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      const floorQuery = scenario.cypher(i);
      let queries: Captured[] = [];
      const requestRuns: number[] = [];
      const requestRunsJs: number[] = [];
      const requestAlone: Timed[] = [];
      const requestFloor: Timed[] = [];
      // Interleaved, so that a busy moment on the shared machine falls on all three alike.
      for (let k = 0; k < SAMPLES_EACH; k += 1) {
        requestRunsJs.push((await executeOnce(scenario, i, 'graphql-js')).ms);
        const run = await executeOnce(scenario, i);
        queries = run.queries;
        requestRuns.push(run.ms);
        requestAlone.push(await timedAll(db.driver, run.queries));
        requestFloor.push(await timed(db.driver, floorQuery));
      }
      const profiles: Profiled[] = [];
      for (const q of queries) profiles.push(await profile(db.driver, q));
      const floorProfile = await profile(db.driver, floorQuery);
      const hits = profiles.reduce((sum, p) => sum + p.dbHits, 0);
      inProcess.push(...requestRuns);
      inProcessJs.push(...requestRunsJs);
      apiAlone.push(...requestAlone);
      floorTimes.push(...requestFloor);
      roundTrips.push(queries.length);
      hitsApi.push(hits);
      hitsFloor.push(floorProfile.dbHits);
      const m = (values: number[]): string => median(values).toFixed(1);
      out(`request ${i} ${JSON.stringify(scenario.api(i).variables)}`);
      out(
        `  api   ${m(requestRuns)} ms in-process compiled, ${m(requestRunsJs)} ms with graphql-js; its ${queries.length} quer${queries.length === 1 ? 'y' : 'ies'} alone ${m(requestAlone.map((t) => t.wallMs))} ms wall, ` +
          `${m(requestAlone.map((t) => t.neo4jMs))} ms in Neo4j, ${hits} db hits`,
      );
      queries.forEach((q, k) => out(`    ${String(profiles[k].dbHits).padStart(8)} hits  top ${profiles[k].top}  ${firstLine(q.cypher)}`));
      out(
        `  floor ${m(requestFloor.map((t) => t.wallMs))} ms wall, ${m(requestFloor.map((t) => t.neo4jMs))} ms in Neo4j, ` +
          `${floorProfile.dbHits} db hits, top ${floorProfile.top}`,
      );
    }
    rows.push({
      scenario: scenario.name,
      neo4jApiMs: median(apiAlone.map((t) => t.neo4jMs)),
      neo4jFloorMs: median(floorTimes.map((t) => t.neo4jMs)),
      apiAloneWallMs: median(apiAlone.map((t) => t.wallMs)),
      apiInProcessMs: median(inProcess),
      apiInProcessGraphqlJsMs: median(inProcessJs),
      compiledCost: await costPerOperation(scenario, 'compiled'),
      graphqlJsCost: await costPerOperation(scenario, 'graphql-js'),
      roundTrips: median(roundTrips),
      dbHitsApi: median(hitsApi),
      dbHitsFloor: median(hitsFloor),
    });
  }
  out(
    `\n## Where the time goes (medians over ${REQUESTS} requests x ${SAMPLES_EACH} warm runs each; Neo4j time = resultAvailableAfter + resultConsumedAfter)\n`,
  );
  out(profileTable(scale, rows));
  return rows;
}
