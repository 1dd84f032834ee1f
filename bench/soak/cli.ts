import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport } from './report';
import { runSoak } from './run-soak';

/**
 * `npm run soak -- --minutes N [--scale 10000] [--json file]`: runs the soak (see run-soak.ts),
 * prints its report, and exits 1 when a check failed (2 when it could not run).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '10' },
      scale: { type: 'string', default: '10000' },
      readers: { type: 'string', default: '3' },
      writers: { type: 'string', default: '2' },
      'feed-readers': { type: 'string', default: '3' },
      json: { type: 'string' },
    },
  });
  const number = (name: string, raw: string, min: number): number => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number of at least ${min}, got ${JSON.stringify(raw)}`);
    return value;
  };
  const result = await runSoak({
    minutes: number('minutes', values.minutes, 0.5),
    scale: Math.round(number('scale', values.scale, 1000)),
    readers: Math.round(number('readers', values.readers, 1)),
    writers: Math.round(number('writers', values.writers, 1)),
    feedReaders: Math.round(number('feed-readers', values['feed-readers'], 1)),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(formatReport(result));
  if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  process.exitCode = result.passed ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
