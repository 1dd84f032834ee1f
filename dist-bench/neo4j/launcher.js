"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LauncherError = void 0;
exports.startLocalNeo4j = startLocalNeo4j;
exports.ensureBuilt = ensureBuilt;
/**
 * The local Neo4j: a real Neo4j 5.26 Community server for machines without Docker. Builds the Java
 * launcher with Maven once (skipped while its sources are unchanged), starts it on 127.0.0.1, waits for
 * Bolt, and stops it cleanly. Used by `npm run neo4j`, by `npm start` when NEO4J_URI is unset, and by the
 * test suite's global setup.
 */
const node_child_process_1 = require("node:child_process");
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_net_1 = __importDefault(require("node:net"));
const node_path_1 = __importDefault(require("node:path"));
const LAUNCHER_DIR = resolveLauncherDir();
const MAIN_CLASS = 'kg.localneo4j.LocalNeo4j';
const READY_MARK = 'local-neo4j: ready';
/** A failure the user can act on; the message is one line and carries no stack worth showing. */
class LauncherError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LauncherError';
    }
}
exports.LauncherError = LauncherError;
/** Starts a local Neo4j and resolves once Bolt accepts connections. */
async function startLocalNeo4j(options) {
    const output = options.output ?? ((chunk) => process.stderr.write(chunk));
    requireCommand('java', ['-version'], 'Java 17 or newer is needed to run the local Neo4j: install a JDK 17 (for example `apt-get install openjdk-17-jdk-headless`) or set NEO4J_URI to an existing Neo4j');
    await ensureBuilt(output);
    await requireFreePort(options.boltPort);
    const dir = node_path_1.default.resolve(options.dir);
    (0, node_fs_1.mkdirSync)(dir, { recursive: true });
    const child = (0, node_child_process_1.spawn)('java', [
        `-Xms${options.heap ?? '1g'}`,
        `-Xmx${options.heap ?? '1g'}`,
        '-XX:+UseG1GC',
        '-Dlocalneo4j.stopOnStdinClose=true',
        '-cp',
        classpath(),
        MAIN_CLASS,
        dir,
        String(options.boltPort),
    ], { stdio: ['pipe', 'pipe', 'pipe'], env: process.env });
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const recent = captureRecentLines(child, output);
    try {
        await waitForReady(child, exited, recent, options.boltPort, options.startTimeoutMs ?? 120_000);
    }
    catch (error) {
        child.kill('SIGKILL');
        throw error;
    }
    return {
        uri: `bolt://127.0.0.1:${options.boltPort}`,
        stop: onceOnly(() => stopChild(child, exited)),
    };
}
/** Builds the Java launcher unless the build of the current sources is already there. */
async function ensureBuilt(output = (c) => process.stderr.write(c), launcherDir = LAUNCHER_DIR) {
    const stampFile = node_path_1.default.join(launcherDir, 'target', 'build.stamp');
    const stamp = sourceHash(launcherDir);
    if ((0, node_fs_1.existsSync)(stampFile) && (0, node_fs_1.readFileSync)(stampFile, 'utf8') === stamp)
        return;
    requireCommand('mvn', ['-v'], 'Maven is needed to build the local Neo4j launcher once: install Maven 3.8+ (for example `apt-get install maven`) or set NEO4J_URI to an existing Neo4j');
    output('local-neo4j: building the launcher with Maven (first run only; downloads Neo4j from Maven Central)\n');
    // Streamed, not buffered: the first build downloads ~120 MB and the user should see it move.
    const build = (0, node_child_process_1.spawn)('mvn', ['-B', '-DskipTests', 'package'], { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    build.stdout.on('data', (chunk) => output(chunk.toString('utf8')));
    build.stderr.on('data', (chunk) => output(chunk.toString('utf8')));
    const status = await new Promise((resolve) => build.once('close', resolve));
    if (status !== 0) {
        throw new LauncherError(`building the local Neo4j launcher failed (mvn exited ${status}); see Maven's output above`);
    }
    (0, node_fs_1.writeFileSync)(stampFile, stamp);
}
function resolveLauncherDir() {
    // Compiled to dist/neo4j/launcher.js or run from neo4j/launcher.ts: find the folder holding pom.xml.
    for (const candidate of [__dirname, node_path_1.default.resolve(__dirname, '..', '..', 'neo4j')]) {
        if ((0, node_fs_1.existsSync)(node_path_1.default.join(candidate, 'pom.xml')))
            return candidate;
    }
    throw new LauncherError(`cannot find neo4j/pom.xml near ${__dirname}`);
}
function sourceHash(launcherDir) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    const files = ['pom.xml', ...listFiles(node_path_1.default.join(launcherDir, 'src')).map((f) => node_path_1.default.relative(launcherDir, f))];
    for (const file of files.sort()) {
        hash.update(file).update((0, node_fs_1.readFileSync)(node_path_1.default.join(launcherDir, file)));
    }
    return hash.digest('hex');
}
function listFiles(dir) {
    return (0, node_fs_1.readdirSync)(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory() ? listFiles(node_path_1.default.join(dir, entry.name)) : [node_path_1.default.join(dir, entry.name)]);
}
function classpath() {
    const target = node_path_1.default.join(LAUNCHER_DIR, 'target');
    return [node_path_1.default.join(target, 'classes'), node_path_1.default.join(target, 'lib', '*')].join(node_path_1.default.delimiter);
}
function requireCommand(command, args, advice) {
    // `env` passed on purpose: the caller's view of PATH (a test may narrow it) is the one that counts.
    const probe = (0, node_child_process_1.spawnSync)(command, args, { stdio: 'ignore', env: process.env });
    if (probe.error !== undefined)
        throw new LauncherError(`${command} not found: ${advice}`);
}
async function requireFreePort(port) {
    const free = await new Promise((resolve) => {
        const server = node_net_1.default.createServer();
        server.once('error', () => resolve(false));
        server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (!free) {
        throw new LauncherError(`port ${port} on 127.0.0.1 is already in use: stop what holds it or set LOCAL_NEO4J_BOLT_PORT to another port`);
    }
}
/** Forwards the server's output and keeps its last lines, to explain a failed start. */
function captureRecentLines(child, output) {
    const recent = [];
    const keep = (chunk) => {
        const text = chunk.toString('utf8');
        output(text);
        recent.push(...text.split('\n').filter((line) => line.trim() !== ''));
        recent.splice(0, Math.max(0, recent.length - 20));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    return recent;
}
async function waitForReady(child, exited, recent, port, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let failedEarly = false;
    void exited.then(() => (failedEarly = true));
    while (Date.now() < deadline) {
        if (failedEarly) {
            const why = recent.find((line) => /exception|error/i.test(line)) ?? recent.at(-1) ?? 'no output';
            throw new LauncherError(`the local Neo4j exited before it was ready: ${why}`);
        }
        if (recent.some((line) => line.startsWith(READY_MARK)) && (await acceptsConnection(port)))
            return;
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new LauncherError(`the local Neo4j did not accept Bolt connections on port ${port} within ${timeoutMs} ms`);
}
function acceptsConnection(port) {
    return new Promise((resolve) => {
        const socket = node_net_1.default.connect(port, '127.0.0.1');
        socket.once('connect', () => {
            socket.destroy();
            resolve(true);
        });
        socket.once('error', () => resolve(false));
    });
}
async function stopChild(child, exited) {
    if (child.exitCode !== null || child.signalCode !== null)
        return;
    // SIGTERM runs Neo4j's shutdown hook: the store is flushed and its lock released.
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
}
function onceOnly(fn) {
    let running;
    return () => (running ??= fn());
}
/** `npm run neo4j`: run the local Neo4j in the foreground until Ctrl-C. */
async function runInForeground() {
    const dir = process.env.LOCAL_NEO4J_DIR?.trim() || '.neo4j';
    const port = Number(process.env.LOCAL_NEO4J_BOLT_PORT?.trim() || '7687');
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new LauncherError(`LOCAL_NEO4J_BOLT_PORT must be a port number from 1 to 65535, got "${process.env.LOCAL_NEO4J_BOLT_PORT}"`);
    }
    const neo4j = await startLocalNeo4j({ dir, boltPort: port });
    process.stderr.write(`local-neo4j: serving ${node_path_1.default.resolve(dir)} at ${neo4j.uri}; Ctrl-C stops it\n`);
    const stop = () => {
        void neo4j.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
}
if (require.main === module) {
    runInForeground().catch((error) => {
        process.stderr.write(`local-neo4j: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
    });
}
