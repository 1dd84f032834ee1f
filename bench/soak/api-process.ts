import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { freePort } from '../../neo4j/launcher';

/**
 * The API under soak: `src/main.ts` as compiled beside the soak (`dist-bench/src/main.js`), the
 * standalone server exactly as `npm start` runs it, in a child process. A child rather than a server inside the soak's process, because the soak must
 * restart it as a deployment does (SIGTERM, drain, a new process on the same port) and measure its
 * resident memory alone, without the load generator's. It is given a signing key of this run only.
 */
export interface ApiProcess {
  readonly url: string;
  /** Where the API's log lines go (both processes'). */
  readonly logFile: string;
  /** Resident memory of the current process, in MB (0 while none runs). */
  rssMb(): number;
  /** The current process's id (0 while none runs). */
  pid(): number;
  /** An editor's bearer token for this run's key. */
  token(subject: string): Promise<string>;
  /** SIGTERM (the server drains and closes its WebSocket connections with 1001), then a new process on the same port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const ISSUER = 'https://soak.local';
const AUDIENCE = 'knowledge-graph-soak';

export async function startApi(neo4jUri: string): Promise<ApiProcess> {
  const port = await freePort();
  const secret = randomBytes(32).toString('hex');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: neo4jUri,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    AUTH_JWT_SECRET: secret,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
  };
  const url = `http://127.0.0.1:${port}/graphql`;
  const main = path.join(__dirname, '..', '..', 'src', 'main.js');
  const logFile = path.join(os.tmpdir(), `kg-soak-api-${port}.log`);
  let child: ChildProcess | undefined = await launch(main, env, url, logFile);

  const stopChild = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const forced = setTimeout(() => running.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(forced);
  };
  return {
    url,
    logFile,
    rssMb: () => (child?.pid === undefined ? 0 : vmRssMb(child.pid)),
    pid: () => child?.pid ?? 0,
    token: (subject) =>
      new SignJWT({ roles: ['editor'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(subject)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('6h')
        .sign(new TextEncoder().encode(secret)),
    async restart() {
      await stopChild();
      child = await launch(main, env, url, logFile);
    },
    stop: stopChild,
  };
}

/** Spawns the server and resolves once `/health` answers; its log lines go to the soak's stderr. */
async function launch(main: string, env: NodeJS.ProcessEnv, url: string, logFile: string): Promise<ChildProcess> {
  // Its JSON log lines (pino writes to stdout) are kept: a masked INTERNAL_SERVER_ERROR is explained there.
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', openSync(logFile, 'a'), 'inherit'] });
  const health = new URL('/health', url).href;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} before it was ready`);
    const ok = await fetch(health, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not answer /health within 120 s');
}

function vmRssMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? 0 : Number(match[1]) / 1024;
  } catch {
    return 0;
  }
}
