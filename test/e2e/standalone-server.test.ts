import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../neo4j/launcher';

const root = path.resolve(__dirname, '..', '..');
const MAIN = path.join(root, 'dist', 'src', 'main.js');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Every server a test started: stopped after each test, so a failed assertion never leaves one (and its Neo4j) running. */
const started = new Set<ReturnType<typeof spawn>>();
afterEach(async () => {
  await Promise.all(
    [...started].map((child) => {
      started.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      return gone;
    }),
  );
}, 60_000);

/** Runs the built server as `npm start` does, with only the given environment on top of the basics. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
  });
  started.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
  const serving = async (): Promise<string> => {
    for (let waited = 0; waited < 120_000; waited += 200) {
      const url = /serving (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) return url;
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('server did not start');
  };
  return { child, exited, serving };
}

function expectOneLineError(exit: Exit, message: RegExp): void {
  expect(exit.code).not.toBe(0);
  const lines = exit.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(exit.stderr).not.toMatch(/^\s+at /m);
}

async function countEntities(url: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ entities(first: 1) { totalCount } }' }),
  });
  return ((await response.json()) as { data: { entities: { totalCount: number } } }).data.entities.totalCount;
}

describe('npm start', () => {
  let dir: string;
  beforeAll(() => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-start-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the seeded graph on a local Neo4j, stops both on Ctrl-C, and starts again on the same data', async () => {
    const env = { LOCAL_NEO4J_DIR: dir, LOCAL_NEO4J_BOLT_PORT: String(await freePort()), PORT: String(await freePort()) };
    const first = startServer(env);
    const url = await first.serving();
    expect(await countEntities(url)).toBe(41);
    first.child.kill('SIGINT');
    expect((await first.exited).code).toBe(0);

    // Started again with a key: an editor's changeset is written, and the next query sees it.
    const auth = { AUTH_JWT_SECRET: 'e2e-secret-of-at-least-thirty-two-bytes', AUTH_ISSUER: 'http://localhost', AUTH_AUDIENCE: 'kg-e2e' };
    const second = startServer({ ...env, ...auth });
    const secondUrl = await second.serving();
    expect(await countEntities(secondUrl)).toBe(41);
    const token = execFileSync(process.execPath, [path.join(root, 'dist', 'src', 'token-cli.js'), '--role', 'editor', '--sub', 'alice'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...auth },
    }).toString().trim();
    const changeset = await fetch(secondUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation { applyChangeset(input: { reason: "e2e",
          sources: [{ id: "e2e-article", title: "An e2e article", author: "anubha-pandey" }],
          entities: [{ id: "e2e-topic", type: TOPIC, name: "E2E topic", sources: ["e2e-article"] }],
          relationships: [{ from: "altman-kishida-meeting", type: CONCERNS, to: "e2e-topic", sources: ["e2e-article"] }] }) { revision { actor } } }`,
      }),
    });
    const written = (await changeset.json()) as { data?: unknown; errors?: unknown };
    expect(written.errors).toBeUndefined();
    expect(written).toMatchObject({ data: { applyChangeset: { revision: { actor: 'alice' } } } });
    expect(await countEntities(secondUrl)).toBe(43);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    // Two starts of a JVM and a write: minutes on a loaded 2-core machine, not the default minute.
  }, 240_000);

  it('refuses a bad PORT in one line, naming the variable', async () => {
    expectOneLineError(await startServer({ PORT: 'eighty' }).exited, /^knowledge-graph-api: invalid configuration: PORT must be a port number from 1 to 65535, got "eighty"$/);
  });

  it('refuses a half-made auth configuration in one line, naming the variable', async () => {
    const exit = await startServer({ AUTH_JWT_SECRET: 'e2e-secret-of-at-least-thirty-two-bytes', AUTH_AUDIENCE: 'kg' }).exited;
    expectOneLineError(exit, /^knowledge-graph-api: invalid configuration: AUTH_ISSUER is required with AUTH_JWT_SECRET$/);
  });

  it('says in one line that an unreachable NEO4J_URI cannot be reached', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    expectOneLineError(await startServer({ NEO4J_URI: uri }).exited, new RegExp(`^knowledge-graph-api: cannot reach Neo4j at ${uri}: `));
  });

  it('says in one line that Java is missing when it must start the local Neo4j', async () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), 'kg-nojava-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    try {
      const exit = await startServer({ PATH: bin, LOCAL_NEO4J_DIR: dir, LOCAL_NEO4J_BOLT_PORT: String(await freePort()) }).exited;
      expectOneLineError(exit, /^knowledge-graph-api: java not found: Java 17 or newer is needed/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
