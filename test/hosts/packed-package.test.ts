import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testNeo4jUri } from '../support/test-server';

const root = path.resolve(__dirname, '..', '..');
const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

/** The whole host: its own driver, our graph, Apollo's standalone server. Under 15 lines on purpose. */
const HOST = `import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import neo4j from 'neo4j-driver';
import { createKnowledgeGraph, type GraphContext } from 'knowledge-graph-api';

void (async () => {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://localhost:7687', neo4j.auth.basic('neo4j', 'neo4j'));
  const kg = await createKnowledgeGraph({ driver });
  const server = new ApolloServer<GraphContext>({ gateway: kg.gateway, plugins: kg.plugins });
  const { url } = await startStandaloneServer(server, { listen: { port: 0 }, context: async () => kg.createContext() });
  console.log(url);
})();
`;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
}

/*
 * The package as users get it: `npm pack`, installed into an empty folder next to the host's own
 * dependencies, type-checked with tsc, and run against the real database.
 */
describe('The packed package', () => {
  let hostDir: string;
  let host: ChildProcess | undefined;

  beforeAll(() => {
    hostDir = mkdtempSync(path.join(os.tmpdir(), 'kg-host-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', hostDir], root)) as Array<{ filename: string }>;
    writeFileSync(path.join(hostDir, 'package.json'), JSON.stringify({ name: 'kg-host', private: true }));
    const deps = ['graphql', 'neo4j-driver', 'typescript', '@types/node'].map((name) => `${name}@${own.devDependencies[name]}`);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(hostDir, packed[0].filename), '@apollo/server@^5', ...deps], hostDir);
    writeFileSync(path.join(hostDir, 'host.ts'), HOST);
    writeFileSync(
      path.join(hostDir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true, outDir: 'out', types: ['node'] }, files: ['host.ts'] }),
    );
  }, 240_000);

  afterAll(() => {
    host?.kill();
    rmSync(hostDir, { recursive: true, force: true });
  });

  it('type-checks a host written against its public types', () => {
    expect(() => run('npx', ['tsc', '--noEmit', '-p', '.'], hostDir)).not.toThrow();
  });

  it('serves the graph from a host of a dozen lines with the host\'s own driver', async () => {
    run('npx', ['tsc', '-p', '.'], hostDir);
    host = spawn('node', ['out/host.js'], { cwd: hostDir, env: { ...process.env, NEO4J_URI: testNeo4jUri() } });
    const url = await new Promise<string>((resolve, reject) => {
      host?.stdout?.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      host?.stderr?.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "taro-kono") { name aliases } }' }),
    });
    expect(await response.json()).toEqual({ data: { entity: { name: 'Taro Kono', aliases: expect.arrayContaining(['河野太郎']) as string[] } } });
  });

  it('ships its public face only: internal modules are not importable', () => {
    expect(() => run('node', ['-e', "require('knowledge-graph-api/dist/src/graph/cypher-runner')"], hostDir)).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED|not defined by "exports"/);
  });
});
