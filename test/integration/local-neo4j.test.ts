import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type EagerResult, type Integer } from 'neo4j-driver';
import { ensureBuilt, freePort, LauncherError, startLocalNeo4j } from '../../neo4j/launcher';

const quiet = (): void => undefined;

async function countMarkers(uri: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'));
  try {
    const result = await driver.executeQuery<EagerResult<{ n: Integer }>>('MATCH (m:LauncherTestMarker) RETURN count(m) AS n');
    return result.records[0].get('n').toNumber();
  } finally {
    await driver.close();
  }
}

async function addMarker(uri: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'));
  try {
    await driver.executeQuery('CREATE (:LauncherTestMarker)');
  } finally {
    await driver.close();
  }
}

function withPath<T>(value: string, run: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = value;
  return run().finally(() => {
    process.env.PATH = saved;
  });
}

describe('The local Neo4j launcher', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-launcher-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts and stops cleanly twice on the same folder, keeping what was written', async () => {
    const port = await freePort();
    const first = await startLocalNeo4j({ dir, boltPort: port, output: quiet, heap: '512m' });
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
    await addMarker(first.uri);
    await first.stop();

    const second = await startLocalNeo4j({ dir, boltPort: port, output: quiet, heap: '512m' });
    try {
      expect(await countMarkers(second.uri)).toBe(1);
    } finally {
      await second.stop();
    }
    // Stopped means the port is free again.
    const again = await startLocalNeo4j({ dir, boltPort: port, output: quiet, heap: '512m' });
    await again.stop();
  });

  it('refuses a Bolt port that is already taken, naming the port and the variable', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startLocalNeo4j({ dir, boltPort: port, output: quiet })).rejects.toThrow(
        new LauncherError(`port ${port} on 127.0.0.1 is already in use: stop what holds it or set LOCAL_NEO4J_BOLT_PORT to another port`),
      );
    } finally {
      blocker.close();
    }
  });

  it('says clearly that Java is missing', async () => {
    await withPath(dir, async () => {
      await expect(startLocalNeo4j({ dir, boltPort: await freePort(), output: quiet })).rejects.toThrow(
        /^java not found: Java 17 or newer is needed/,
      );
    });
  });

  it('says clearly that Maven is missing when the launcher needs building', async () => {
    const sources = path.join(dir, 'launcher');
    cpSync(path.resolve(__dirname, '..', '..', 'neo4j', 'pom.xml'), path.join(sources, 'pom.xml'));
    cpSync(path.resolve(__dirname, '..', '..', 'neo4j', 'src'), path.join(sources, 'src'), { recursive: true });
    await withPath(dir, async () => {
      await expect(ensureBuilt(quiet, sources)).rejects.toThrow(/^mvn not found: Maven is needed/);
    });
  });
});
