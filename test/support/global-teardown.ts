import { rmSync } from 'node:fs';

declare global {
  var __TEST_SUMMARY_LINE__: string | undefined;
}

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__TEST_NEO4J__;
  if (started !== undefined) {
    await started.neo4j.stop();
    rmSync(started.dir, { recursive: true, force: true });
  }
  // Last of all, after jest's own summary: the closing line CI reads (see summary-reporter.js).
  if (globalThis.__TEST_SUMMARY_LINE__ !== undefined) process.stdout.write(`\n${globalThis.__TEST_SUMMARY_LINE__}\n`);
}
