/**
 * `npm run bench [-- options]`. Defaults are the full run; `--quick` is the smoke check. A run records each
 * server's CPU time per operation (`api_cpu_ms_per_op`) beside its throughput and latency.
 *   --quick              10k entities, 1 s warm-up + 4 s per run: the whole bench in a few minutes
 *   --scale N            entities in the generated graph (default 100000; 1000000 works, loads slowly)
 *   --seed N             generator seed (default 1): same seed, same graph, same requests
 *   --duration S         measured seconds per (scenario, system) run (default 15)
 *   --warmup S           unmeasured seconds before each run (default 3)
 *   --connections N      concurrent HTTP connections, and Cypher workers (default 8)
 *   --only a,b           only these scenarios
 *   --systems a,b        only these systems (api, cypher, neo4j-graphql)
 *   --heap SIZE          Neo4j JVM heap (default 2g)
 *   --pagecache SIZE     Neo4j page cache (default 1g per 100k entities, 1g to 12g: the store, about 0.75 GB per 100k, fits)
 *   --fresh              regenerate and reload the graph even if bench/.data holds it
 *   --profile            no load: per scenario, Neo4j's time for the API's query and the floor's, the API's
 *                        query alone through the driver, the operation in-process, db hits (bench/profile.ts)
 *   --live               no read load: write-to-event latency of subscriptions, 100 subscribers on one API
 *                        instance then over two, and the followers' Cypher round trips per second at idle
 *                        (bench/live.ts); writes live.json and live.md
 *   --out DIR            where latest.json and latest.md go (default bench/results)
 */

export interface BenchOptions {
  quick: boolean;
  scale: number;
  seed: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  only: string[] | null;
  systems: string[];
  heap: string;
  pagecache: string | null;
  fresh: boolean;
  profile: boolean;
  live: boolean;
  out: string | null;
}

export const SYSTEMS = ['cypher', 'api', 'neo4j-graphql'] as const;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const options: BenchOptions = {
    quick,
    scale: quick ? 10_000 : 100_000,
    seed: 1,
    durationSeconds: quick ? 4 : 15,
    warmupSeconds: quick ? 1 : 3,
    connections: 8,
    only: null,
    systems: [...SYSTEMS],
    heap: '2g',
    pagecache: null,
    fresh: false,
    profile: false,
    live: false,
    out: null,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    const integer = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} needs a positive integer`);
      return n;
    };
    switch (arg) {
      case '--quick':
        break;
      case '--scale':
        options.scale = integer();
        break;
      case '--seed':
        options.seed = integer();
        break;
      case '--duration':
        options.durationSeconds = integer();
        break;
      case '--warmup':
        options.warmupSeconds = Number(value());
        break;
      case '--connections':
        options.connections = integer();
        break;
      case '--only':
        options.only = value().split(',');
        break;
      case '--systems':
        options.systems = value().split(',');
        break;
      case '--heap':
        options.heap = value();
        break;
      case '--pagecache':
        options.pagecache = value();
        break;
      case '--fresh':
        options.fresh = true;
        break;
      case '--profile':
        options.profile = true;
        break;
      case '--live':
        options.live = true;
        break;
      case '--out':
        options.out = value();
        break;
      default:
        throw new Error(`unknown option ${arg} (see bench/cli.ts)`);
    }
  }
  for (const system of options.systems) {
    if (!(SYSTEMS as readonly string[]).includes(system)) throw new Error(`unknown system ${system}: one of ${SYSTEMS.join(', ')}`);
  }
  return options;
}

/** The page cache a run gets: as given, else large enough for the store (about 700 MB per 100k entities). */
export function pagecacheOf(options: BenchOptions): string {
  return options.pagecache ?? `${Math.min(12, Math.max(1, Math.ceil(options.scale / 100_000)))}g`;
}
