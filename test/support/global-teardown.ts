import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__TEST_NEO4J__;
  if (started === undefined) return;
  await started.neo4j.stop();
  rmSync(started.dir, { recursive: true, force: true });
}
