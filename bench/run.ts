import path from 'node:path';
import { pagecacheOf, parseArgs, type BenchOptions } from './cli';
import { openBenchDatabase, type BenchDatabase } from './database';
import { planGraph } from './generate';
import { runLive, writeLiveReport } from './live';
import { runProfile } from './profile';
import { machine, writeReport, type BenchReport } from './report';
import { buildScenarios, type ApiRequest, type Scenario } from './scenarios';
import { mentionsScenario } from './scenarios/mentions';
import { reconcileScenario } from './scenarios/reconcile';
import { isFormPost } from './scenarios/types';
import { buildWriteScenarios } from './scenarios/writes';
import { benchEditorHeaders } from './systems/bench-auth';
import { runCypherLoad, runOnce } from './systems/cypher-load';
import { startServerChild, type ServerChild } from './systems/child';
import { postOnce, runHttpLoad } from './systems/http-load';
import type { LoadOptions, RunResult } from './systems/measure';
import { round } from './systems/measure';

/**
 * `npm run bench`: one local Neo4j, one generated graph, three systems over it (this API over HTTP,
 * the hand-written Cypher floor through the driver, the Neo4j GraphQL Library over HTTP), every
 * scenario measured on each in turn. Starts and stops everything itself.
 */

const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

/** Peak RSS of the servers, sampled while they are under load (VmHWM would also count start-up). */
class RssSampler {
  readonly peak = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  start(children: readonly ServerChild[]): void {
    this.timer = setInterval(() => {
      for (const child of children) this.peak.set(child.name, Math.max(this.peak.get(child.name) ?? 0, child.rssMb()));
    }, 100);
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

/** Any scenario: GraphQL or a REST endpoint's. */
type AnyScenario = Scenario<ApiRequest>;

async function measure(
  scenario: AnyScenario,
  system: RunResult['system'],
  db: BenchDatabase,
  servers: Map<string, ServerChild>,
  options: BenchOptions,
): Promise<RunResult | null> {
  if (system === 'neo4j-graphql' && scenario.neo4jGraphql === undefined) return null;
  await warmUp(scenario, system, db, servers, options);
  // A server's window opens once the warm-up's last requests are answered, and closes once the
  // measured ones are: its CPU time and operations are those of the measured requests alone.
  const server = system === 'cypher' ? undefined : servers.get(system)!;
  await server?.settle();
  const result: RunResult = { scenario: scenario.name, system, ...(await runFor(options.durationSeconds, scenario, system, db, servers, options)) };
  if (server !== undefined) {
    const window = await server.settle();
    if (window.inFlight > 0) log(`${scenario.name} ${system}: ${window.inFlight} operations still in flight after the run`);
    if (window.operations > 0) result.api_cpu_ms_per_op = round((window.cpuUserMicros + window.cpuSystemMicros) / 1000 / window.operations, 2);
    const counts = window.roundTrips[operationNames.get(scenario.name) ?? ''];
    if (system === 'api' && counts !== undefined && counts.operations > 0) result.round_trips_per_op = round(counts.roundTrips / counts.operations, 2);
  }
  if (system === 'neo4j-graphql') result.note = scenario.neo4jGraphqlNote;
  log(`${scenario.name.padEnd(12)} ${system.padEnd(13)} ${String(result.rps).padStart(8)} rps  p50 ${result.p50_ms} ms  p99 ${result.p99_ms} ms  errors ${result.errors}${result.api_cpu_ms_per_op === undefined ? '' : `  cpu ${result.api_cpu_ms_per_op} ms/op`}`);
  return result;
}

/** Checks the scenario's first requests, then runs it for the warm-up time, unmeasured. */
async function warmUp(scenario: AnyScenario, system: RunResult['system'], db: BenchDatabase, servers: Map<string, ServerChild>, options: BenchOptions): Promise<void> {
  if (system === 'neo4j-graphql' && scenario.neo4jGraphql === undefined) return;
  await check(scenario, system, db, servers);
  if (options.warmupSeconds > 0) await runFor(options.warmupSeconds, scenario, system, db, servers, options);
}

/**
 * Each scenario's operation name, as its checked requests carried it: asked of a request that is then
 * sent, never of one made only to read it (a write scenario counts the versions it hands out).
 */
const operationNames = new Map<string, string>();

/** The scenario's requests from `options.connections` clients at once for `seconds`. */
function runFor(seconds: number, scenario: AnyScenario, system: RunResult['system'], db: BenchDatabase, servers: Map<string, ServerChild>, options: BenchOptions) {
  const load: LoadOptions = { connections: options.connections, durationSeconds: seconds };
  if (system === 'cypher') return runCypherLoad(db.driver, scenario.cypher, load);
  return runHttpLoad(servers.get(system)!.url, (system === 'api' ? scenario.api : scenario.neo4jGraphql)!, load, system === 'api' ? scenario.apiHeaders : undefined, system === 'api' && scenario.revalidate === true);
}

/** The first requests once, before any measurement: a wrong query must fail loudly, not look fast. */
async function check(scenario: AnyScenario, system: RunResult['system'], db: BenchDatabase, servers: Map<string, ServerChild>): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    if (system === 'cypher') {
      const { cypher, params, write } = scenario.cypher(i);
      const rows = await runOnce(db.driver, cypher, params, write);
      if (write === true && rows.length === 0) throw new Error(`cypher ${scenario.name}: the write's checks refused it`);
      continue;
    }
    const request = system === 'api' ? scenario.api(i) : scenario.neo4jGraphql!(i);
    if (system === 'api' && !isFormPost(request)) operationNames.set(scenario.name, request.operationName);
    const body = await postOnce(servers.get(system)!.url, request, system === 'api' ? scenario.apiHeaders : undefined);
    if (body.errors !== undefined) throw new Error(`${system} ${scenario.name}: ${body.errors.map((e) => e.message).join('; ')}`);
    if (system === 'api') scenario.verify?.(i, body);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  const plan = planGraph(options.scale, options.seed);
  log(`scale ${options.scale}, seed ${options.seed}; starting Neo4j (heap ${options.heap}, page cache ${pagecacheOf(options)})`);
  const db = await openBenchDatabase({ scale: options.scale, seed: options.seed, heap: options.heap, pagecache: pagecacheOf(options), fresh: options.fresh });
  // Built once the graph is loaded: the knownAt scenarios ask as of "now", which must follow the load;
  // the write scenarios read the versions they write at. Writes come last: the reads see the graph as loaded.
  const writes = await buildWriteScenarios(plan, db.driver, await benchEditorHeaders());
  // Linking reads (an article's mentions, a reconciliation batch) after the other reads: the one is
  // GraphQL, the other the REST service beside it.
  const mentions = mentionsScenario(plan);
  const reconcile = reconcileScenario(plan);
  const scenarios: AnyScenario[] = [...buildScenarios(plan), mentions, reconcile, ...writes].filter((s) => options.only === null || options.only.includes(s.name));
  const servers = new Map<string, ServerChild>();
  const sampler = new RssSampler();
  try {
    if (options.profile) {
      // Profiles read each scenario's requests more than once, in process: GraphQL reads only.
      await runProfile(db, [...buildScenarios(plan), mentions].filter((s) => options.only === null || options.only.includes(s.name)), options.scale);
      return;
    }
    if (options.live) {
      const live = await runLive(db, { writes: options.quick ? 20 : 100, idleSeconds: options.quick ? 5 : 15, pollMs: 1000 });
      const files = writeLiveReport(options.out ?? path.resolve(__dirname, '..', '..', 'bench', 'results'), live, {
        scale: options.scale,
        command: `npm run bench -- ${process.argv.slice(2).join(' ')}`,
        machine: machine(),
      });
      log(`wrote ${path.relative(process.cwd(), files.json)} and ${path.relative(process.cwd(), files.md)}`);
      return;
    }
    for (const [name, script] of [['api', 'api-server'], ['neo4j-graphql', 'neo4j-graphql-server']] as const) {
      if (options.systems.includes(name)) servers.set(name, await startServerChild(name, script, db.uri));
    }
    const idle = new Map([...servers].map(([name, child]) => [name, child.rssMb()]));
    sampler.start([...servers.values()]);
    // Every system answers every scenario once before anything is measured: otherwise the first
    // scenario of a run carries the servers' own warm-up (JIT, plan caches) in its numbers, and its
    // p50 fell as the graph grew.
    for (const scenario of scenarios) {
      for (const system of options.systems as Array<RunResult['system']>) await warmUp(scenario, system, db, servers, options);
    }
    // The write scenarios change the graph (new topics, versions, revisions): a later run must not
    // measure its reads on it. Dropping the stamp makes it load the generated graph again.
    if (writes.some((s) => scenarios.includes(s))) {
      db.invalidate();
      log('the write scenarios change the graph: the next run loads it again');
    }
    const runs: RunResult[] = [];
    for (const scenario of scenarios) {
      for (const system of options.systems as Array<RunResult['system']>) {
        const result = await measure(scenario, system, db, servers, options);
        if (result !== null) runs.push(result);
      }
    }
    sampler.stop();
    const relationships = await runOnce(db.driver, 'MATCH ()-[r]->() RETURN count(r) AS n', {});
    const report: BenchReport = {
      scale: options.scale,
      runs,
      rss_mb: Object.fromEntries(
        [...servers.keys()].flatMap((name) => {
          const key = name.replace('-', '_');
          return [[`${key}_idle`, round(idle.get(name)!, 0)], [`${key}_peak`, round(sampler.peak.get(name) ?? 0, 0)]];
        }),
      ),
      seed: options.seed,
      relationships: Number((relationships[0] as { n: { toNumber(): number } }).n.toNumber()),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      machine: machine(),
      settings: { connections: options.connections, duration_s: options.durationSeconds, warmup_s: options.warmupSeconds },
      load_seconds: db.loadSeconds === null ? null : round(db.loadSeconds, 0),
      total_seconds: round((performance.now() - started) / 1000, 0),
      round_trips_per_op: Object.fromEntries(runs.filter((r) => r.round_trips_per_op !== undefined).map((r) => [r.scenario, r.round_trips_per_op!])),
      api_cpu_ms_per_op: Object.fromEntries(
        [...servers.keys()].map((name) => [
          name,
          Object.fromEntries(runs.filter((r) => r.system === name && r.api_cpu_ms_per_op !== undefined).map((r) => [r.scenario, r.api_cpu_ms_per_op!])),
        ]),
      ),
      notes: Object.fromEntries(scenarios.filter((s) => s.neo4jGraphqlNote).map((s) => [s.name, s.neo4jGraphqlNote!])),
      generated_at: new Date().toISOString(),
    };
    const out = options.out ?? path.resolve(__dirname, '..', '..', 'bench', 'results');
    const files = writeReport(out, report, scenarios);
    log(`wrote ${path.relative(process.cwd(), files.json)} and ${path.relative(process.cwd(), files.md)}`);
  } finally {
    sampler.stop();
    for (const child of servers.values()) await child.stop();
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
