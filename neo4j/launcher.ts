/**
 * The local Neo4j: a real Neo4j 5.26 Community server for machines without Docker. Builds the Java
 * launcher with Maven once (skipped while its sources are unchanged), starts it on 127.0.0.1, waits for
 * Bolt, and stops it cleanly. Used by `npm run neo4j`, by `npm start` when NEO4J_URI is unset, and by the
 * test suite's global setup.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const LAUNCHER_DIR = resolveLauncherDir();
const MAIN_CLASS = 'kg.localneo4j.LocalNeo4j';
const READY_MARK = 'local-neo4j: ready';
/** How the Java side reports a failure it understood (a refused or failed import): the line to show. */
const FAILED_MARK = 'local-neo4j: failed: ';

/** A failure the user can act on; the message is one line and carries no stack worth showing. */
export class LauncherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LauncherError';
  }
}

export interface LocalNeo4jOptions {
  /** Data folder; created if missing. */
  dir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** JVM heap, as the JVM's -Xmx takes it ("1g", "512m"). Defaults to 1g: Neo4j, Node and a load generator must fit on a 2-core machine. */
  heap?: string;
  /** Neo4j's page cache, the store's pages held in memory ("256m", "4g"). Defaults to 256m. */
  pagecache?: string;
  /** Where Maven's build output and the server's own lines go. Defaults to process.stderr. */
  output?: (chunk: string) => void;
  /**
   * An offline import to run before the server opens: the manifest written by `writeImportFiles`.
   * Neo4j's importer then makes the default database from its CSV files. Only for a folder whose
   * database does not exist yet (`localDatabaseExists`): the launcher refuses to start otherwise, and
   * a failed import starts nothing and leaves no store behind.
   */
  importFrom?: string;
  /**
   * How long to wait for Bolt. Defaults to 120 000 ms, plus with `importFrom` one second per megabyte
   * of CSV (a slow disk's import rate: the import runs before Bolt opens).
   */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  /** `bolt://127.0.0.1:<port>` */
  readonly uri: string;
  /** Stops the server and waits until its store is closed. Safe to call twice. */
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would: no shutdown hook, the store is recovered at the next start. */
  kill(): Promise<void>;
}

const MEMORY_SIZE = /^(\d{1,6})([kmg])$/i;

/** A JVM memory size ("512m", "4g"), checked so a typo fails here with its name, not inside Java. */
export function memorySize(name: string, value: string): string {
  if (!MEMORY_SIZE.test(value.trim())) throw new LauncherError(`${name} must be a size such as 512m or 4g, got ${JSON.stringify(value)}`);
  return value.trim().toLowerCase();
}

/** `memorySize` in bytes. */
export function byteSize(name: string, value: string): number {
  const [, digits, unit] = MEMORY_SIZE.exec(memorySize(name, value))!;
  return Number(digits) * 1024 ** ('kmg'.indexOf(unit) + 1);
}

/** Starts a local Neo4j and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const output = options.output ?? ((chunk: string) => process.stderr.write(chunk));
  requireCommand('java', ['-version'], 'Java 17 or newer is needed to run the local Neo4j: install a JDK 17 (for example `apt-get install openjdk-17-jdk-headless`) or set NEO4J_URI to an existing Neo4j');
  await ensureBuilt(output);
  await requireFreePort(options.boltPort);

  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xms${memorySize('heap', options.heap ?? '1g')}`,
      `-Xmx${memorySize('heap', options.heap ?? '1g')}`,
      '-XX:+UseG1GC',
      `-Dlocalneo4j.pagecacheBytes=${byteSize('pagecache', options.pagecache ?? '256m')}`,
      '-Dlocalneo4j.stopOnStdinClose=true',
      ...(options.importFrom === undefined ? [] : [`-Dlocalneo4j.importFrom=${path.resolve(options.importFrom)}`]),
      '-cp',
      classpath(),
      MAIN_CLASS,
      dir,
      String(options.boltPort),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], env: process.env },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const recent = captureRecentLines(child, output);

  try {
    const timeoutMs = options.startTimeoutMs ?? 120_000 + (options.importFrom === undefined ? 0 : Math.ceil(importBytes(options.importFrom) / 1000));
    await waitForReady(exited, recent, options.boltPort, timeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    stop: onceOnly(() => stopChild(child, exited)),
    kill: onceOnly(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }),
  };
}

/**
 * True when `dir` (a local Neo4j's data folder) already holds the default database's store, where
 * `neo4j/src/main/java/kg/localneo4j/OfflineImport.java` looks: an offline import is then refused.
 */
export function localDatabaseExists(dir: string): boolean {
  const store = path.join(path.resolve(dir), 'data', 'databases', 'neo4j');
  return existsSync(store) && readdirSync(store).length > 0;
}

/** The size of the CSV files a manifest names (lines `nodes|relationships<TAB>file`). */
function importBytes(manifest: string): number {
  if (!existsSync(manifest)) return 0;
  return readFileSync(manifest, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([key, file]) => (key === 'nodes' || key === 'relationships') && file !== undefined && existsSync(file))
    .reduce((sum, [, file]) => sum + statSync(file).size, 0);
}

/** Builds the Java launcher unless the build of the current sources is already there. */
export async function ensureBuilt(
  output: (chunk: string) => void = (c) => process.stderr.write(c),
  launcherDir: string = LAUNCHER_DIR,
): Promise<void> {
  const stampFile = path.join(launcherDir, 'target', 'build.stamp');
  const stamp = sourceHash(launcherDir);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;

  requireCommand('mvn', ['-v'], 'Maven is needed to build the local Neo4j launcher once: install Maven 3.8+ (for example `apt-get install maven`) or set NEO4J_URI to an existing Neo4j');
  output('local-neo4j: building the launcher with Maven (first run only; downloads Neo4j from Maven Central)\n');
  // Streamed, not buffered: the first build downloads ~120 MB and the user should see it move.
  const build = spawn('mvn', ['-B', '-DskipTests', 'package'], { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  build.stdout.on('data', (chunk: Buffer) => output(chunk.toString('utf8')));
  build.stderr.on('data', (chunk: Buffer) => output(chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => build.once('close', resolve));
  if (status !== 0) {
    throw new LauncherError(`building the local Neo4j launcher failed (mvn exited ${status}); see Maven's output above`);
  }
  writeFileSync(stampFile, stamp);
}

function resolveLauncherDir(): string {
  // Compiled to dist/neo4j/launcher.js or run from neo4j/launcher.ts: find the folder holding pom.xml.
  for (const candidate of [__dirname, path.resolve(__dirname, '..', '..', 'neo4j')]) {
    if (existsSync(path.join(candidate, 'pom.xml'))) return candidate;
  }
  throw new LauncherError(`cannot find neo4j/pom.xml near ${__dirname}`);
}

function sourceHash(launcherDir: string): string {
  const hash = createHash('sha256');
  const files = ['pom.xml', ...listFiles(path.join(launcherDir, 'src')).map((f) => path.relative(launcherDir, f))];
  for (const file of files.sort()) {
    hash.update(file).update(readFileSync(path.join(launcherDir, file)));
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

function classpath(): string {
  const target = path.join(LAUNCHER_DIR, 'target');
  return [path.join(target, 'classes'), path.join(target, 'lib', '*')].join(path.delimiter);
}

function requireCommand(command: string, args: string[], advice: string): void {
  // `env` passed on purpose: the caller's view of PATH (a test may narrow it) is the one that counts.
  const probe = spawnSync(command, args, { stdio: 'ignore', env: process.env });
  if (probe.error !== undefined) throw new LauncherError(`${command} not found: ${advice}`);
}

async function requireFreePort(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new LauncherError(
      `port ${port} on 127.0.0.1 is already in use: stop what holds it or set LOCAL_NEO4J_BOLT_PORT to another port`,
    );
  }
}

/** A port that was free on 127.0.0.1 a moment ago, picked by the OS: for tests and benchmarks. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Forwards the server's output and keeps its last lines, to explain a failed start. */
function captureRecentLines(child: ChildProcess, output: (chunk: string) => void): string[] {
  const recent: string[] = [];
  const keep = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output(text);
    recent.push(...text.split('\n').filter((line) => line.trim() !== ''));
    recent.splice(0, Math.max(0, recent.length - 20));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return recent;
}

async function waitForReady(
  exited: Promise<number | null>,
  recent: string[],
  port: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let failedEarly = false;
  void exited.then(() => (failedEarly = true));
  while (Date.now() < deadline) {
    if (failedEarly) {
      const failed = recent.find((line) => line.startsWith(FAILED_MARK))?.slice(FAILED_MARK.length);
      const why = failed ?? recent.find((line) => /exception|error/i.test(line)) ?? recent.at(-1) ?? 'no output';
      throw new LauncherError(`the local Neo4j exited before it was ready: ${why}`);
    }
    if (recent.some((line) => line.startsWith(READY_MARK)) && (await acceptsConnection(port))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new LauncherError(`the local Neo4j did not accept Bolt connections on port ${port} within ${timeoutMs} ms`);
}

function acceptsConnection(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGTERM runs Neo4j's shutdown hook: the store is flushed and its lock released.
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
}

function onceOnly(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

/** `npm run neo4j`: run the local Neo4j in the foreground until Ctrl-C. */
async function runInForeground(): Promise<void> {
  const dir = process.env.LOCAL_NEO4J_DIR?.trim() || '.neo4j';
  const port = Number(process.env.LOCAL_NEO4J_BOLT_PORT?.trim() || '7687');
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LauncherError(`LOCAL_NEO4J_BOLT_PORT must be a port number from 1 to 65535, got "${process.env.LOCAL_NEO4J_BOLT_PORT}"`);
  }
  const neo4j = await startLocalNeo4j({ dir, boltPort: port });
  process.stderr.write(`local-neo4j: serving ${path.resolve(dir)} at ${neo4j.uri}; Ctrl-C stops it\n`);
  const stop = (): void => {
    void neo4j.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  runInForeground().catch((error: unknown) => {
    process.stderr.write(`local-neo4j: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
