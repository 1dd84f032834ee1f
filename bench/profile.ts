import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import type { GraphContext } from '../src/context';
import { createKnowledgeGraph } from '../src/knowledge-graph';
import type { BenchDatabase } from './database';
import type { CypherRequest, Scenario } from './scenarios';

/**
 * `npm run bench -- --profile`: for a few requests of each scenario, the Cypher the API runs (caught
 * at the driver, so nothing in src/ changes for it), each query PROFILEd (db hits, rows, the costliest
 * operator), next to the floor's. This is the evidence behind the findings in docs/performance.md.
 */

type Captured = CypherRequest;

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

interface Profiled {
  ms: number;
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
    await session.run(cypher, params); // warm: plan cache and page cache
    const t0 = performance.now();
    await session.run(cypher, params);
    const ms = performance.now() - t0;
    const summary = (await session.run(`PROFILE ${cypher}`, params)).summary;
    let dbHits = 0;
    let top = { name: '', hits: -1 };
    if (summary.profile !== false) {
      walk(summary.profile, (plan) => {
        dbHits += plan.dbHits;
        if (plan.dbHits > top.hits) top = { name: plan.operatorType, hits: plan.dbHits };
      });
    }
    return { ms, dbHits, top: `${top.name} (${top.hits})` };
  } finally {
    await session.close();
  }
}

const firstLine = (cypher: string): string => cypher.replace(/\s+/g, ' ').slice(0, 70);

export async function runProfile(db: BenchDatabase, scenarios: readonly Scenario[], samples = 3): Promise<void> {
  const captured: Captured[] = [];
  const kg = await createKnowledgeGraph({ driver: capturingDriver(db.driver, captured) });
  const apollo = new ApolloServer<GraphContext>({ schema: kg.schema });
  const out = (line: string): void => void process.stdout.write(line + '\n');
  for (const scenario of scenarios) {
    out(`\n## ${scenario.name}: ${scenario.question}`);
    for (let i = 0; i < samples; i += 1) {
      const { query, variables } = scenario.api(i);
      const execute = () => apollo.executeOperation({ query, variables }, { contextValue: kg.createContext() });
      await execute();
      captured.length = 0;
      const t0 = performance.now();
      const response = await execute();
      const apiMs = performance.now() - t0;
      if (response.body.kind === 'single' && response.body.singleResult.errors) {
        throw new Error(`${scenario.name}: ${response.body.singleResult.errors.map((e) => e.message).join('; ')}`);
      }
      const queries = [...captured];
      const profiles: Profiled[] = [];
      for (const q of queries) profiles.push(await profile(db.driver, q));
      const floor = await profile(db.driver, scenario.cypher(i));
      const hits = profiles.reduce((sum, p) => sum + p.dbHits, 0);
      out(`request ${i} ${JSON.stringify(variables)}`);
      out(`  api   ${apiMs.toFixed(1)} ms in-process, ${queries.length} round trips, ${hits} db hits`);
      queries.forEach((q, k) => out(`    ${profiles[k].ms.toFixed(1).padStart(7)} ms ${String(profiles[k].dbHits).padStart(8)} hits  top ${profiles[k].top}  ${firstLine(q.cypher)}`));
      out(`  floor ${floor.ms.toFixed(1)} ms, ${floor.dbHits} db hits, top ${floor.top}`);
    }
  }
}
