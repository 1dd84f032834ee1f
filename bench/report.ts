import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiRequest, Scenario } from './scenarios';
import type { RunResult } from './systems/measure';

/** results/latest.json: the issue's shape, plus what makes a number reproducible. */
export interface BenchReport {
  scale: number;
  runs: RunResult[];
  rss_mb: Record<string, number>;
  seed: number;
  relationships: number;
  command: string;
  machine: Machine;
  settings: { connections: number; duration_s: number; warmup_s: number };
  load_seconds: number | null;
  total_seconds: number;
  round_trips_per_op: Record<string, number>;
  /** Per server (api, neo4j-graphql), per scenario: the server's CPU ms per operation (see RunResult). */
  api_cpu_ms_per_op: Record<string, Record<string, number>>;
  notes: Record<string, string>;
  generated_at: string;
}

export interface Machine {
  cpus: number;
  cpu_model: string;
  memory_gb: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let nproc = os.cpus().length;
  try {
    nproc = Number(execSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // nproc missing: os.cpus() stands in
  }
  return {
    cpus: nproc,
    cpu_model: model.trim(),
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const ratio = (a: RunResult | undefined, b: RunResult | undefined): string =>
  a === undefined || b === undefined || b.rps === 0 ? '–' : `${(a.rps / b.rps).toFixed(2)}x`;

const cell = (run: RunResult | undefined): string =>
  run === undefined ? '– | –' : `${run.rps} | ${run.p50_ms} / ${run.p99_ms}${run.errors > 0 ? ` (${run.errors} err)` : ''}`;

/**
 * The servers' CPU time per operation (`api_cpu_ms_per_op`): the process's user + system time over the
 * measured window, divided by the operations it answered in it. Empty when no server ran.
 */
function cpuTable(report: BenchReport, scenarios: readonly Scenario<ApiRequest>[]): string[] {
  const servers = Object.keys(report.api_cpu_ms_per_op);
  if (servers.length === 0) return [];
  const rows = scenarios
    .filter(({ name }) => servers.some((server) => report.api_cpu_ms_per_op[server][name] !== undefined))
    .map(({ name }) => `| ${name} | ${servers.map((server) => report.api_cpu_ms_per_op[server][name] ?? '–').join(' | ')} |`);
  return [
    '',
    'Server CPU time per operation (`api_cpu_ms_per_op`, ms: the process\'s user + system time over the measured window / the operations it answered):',
    '',
    `| scenario | ${servers.join(' | ')} |`,
    `|---|${servers.map(() => '---:|').join('')}`,
    ...rows,
  ];
}

/** The Markdown table: per scenario, each system's throughput and latency, and the two ratios. */
export function markdown(report: BenchReport, scenarios: readonly Scenario<ApiRequest>[]): string {
  const find = (scenario: string, system: RunResult['system']) => report.runs.find((r) => r.scenario === scenario && r.system === system);
  const lines = [
    `Scale ${report.scale.toLocaleString('en-US')} entities, ${report.relationships.toLocaleString('en-US')} relationships (seed ${report.seed}); ` +
      `${report.settings.connections} connections, ${report.settings.duration_s} s per run after ${report.settings.warmup_s} s warm-up. ` +
      `rps = requests/s; latency p50 / p99 in ms.`,
    '',
    '| scenario | api rps | api p50 / p99 | cypher rps | cypher p50 / p99 | neo4j-graphql rps | neo4j-graphql p50 / p99 | api/cypher | api/neo4j-graphql |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { name } of scenarios) {
    const [api, cypher, ngql] = (['api', 'cypher', 'neo4j-graphql'] as const).map((system) => find(name, system));
    if (api === undefined && cypher === undefined && ngql === undefined) continue;
    lines.push(`| ${name} | ${cell(api)} | ${cell(cypher)} | ${cell(ngql)} | ${ratio(api, cypher)} | ${ratio(api, ngql)} |`);
  }
  const rss = report.rss_mb;
  lines.push(
    '',
    `API memory: ${rss.api_idle ?? '–'} MB RSS idle, ${rss.api_peak ?? '–'} MB peak under load` +
      ` (neo4j-graphql: ${rss.neo4j_graphql_idle ?? '–'} MB idle, ${rss.neo4j_graphql_peak ?? '–'} MB peak).`,
    `Cypher round trips per API operation: ${Object.entries(report.round_trips_per_op).map(([s, n]) => `${s} ${n}`).join(', ')}.`,
    ...cpuTable(report, scenarios),
    '',
    'How neo4j-graphql answers each scenario:',
    ...Object.entries(report.notes).map(([scenario, note]) => `- ${scenario}: ${note}`),
    '',
    `Machine: ${report.machine.cpus} CPUs (${report.machine.cpu_model}), ${report.machine.memory_gb} GB RAM, Node ${report.machine.node}, ${report.machine.os}. ` +
      `Command: \`${report.command}\`; ${Math.round(report.total_seconds)} s in all` +
      (report.load_seconds === null ? ' (graph reused from bench/.data).' : `, of which ${Math.round(report.load_seconds)} s generating and loading the graph.`),
  );
  return lines.join('\n') + '\n';
}

export function writeReport(dir: string, report: BenchReport, scenarios: readonly Scenario<ApiRequest>[]): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'latest.json');
  const md = path.join(dir, 'latest.md');
  writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(md, markdown(report, scenarios));
  return { json, md };
}
