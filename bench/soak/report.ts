import type { SoakResult } from './run-soak';

/** The soak's report as text: the checks first, then what the run did and what failed, by kind. */
export function formatReport(result: SoakResult): string {
  const lines: string[] = [];
  const { options } = result;
  lines.push(`soak: ${(result.durationMs / 60_000).toFixed(1)} min, ${options.scale} entities, ${options.readers} readers, ${options.writers} writers, 2 racers, ${options.feedReaders} feed readers`);
  lines.push(`faults: ${result.windows.map((w) => `${w.name} ${w.fromS}-${w.toS} s`).join(', ')}`);
  lines.push('', 'checks:');
  for (const check of result.checks) lines.push(`  ${check.skipped === true ? 'SKIP' : check.passed ? 'PASS' : 'FAIL'}  ${check.name}`, `        ${check.detail}`);
  lines.push('', 'throughput:');
  for (const [name, { count, perSecond }] of Object.entries(result.throughput)) lines.push(`  ${name.padEnd(50)} ${String(count).padStart(8)}  ${perSecond}/s`);
  lines.push('', 'errors by kind (explained: within a fault window, as allowed):');
  const kinds = Object.entries(result.failuresByKind).sort((a, b) => b[1].count - a[1].count);
  if (kinds.length === 0) lines.push('  none');
  for (const [kind, { count, explained }] of kinds) lines.push(`  ${kind.padEnd(50)} ${String(count).padStart(8)}  (${explained} explained)`);
  const refusals = Object.entries(result.expectedRefusals);
  if (refusals.length > 0) lines.push('', 'expected refusals:', ...refusals.map(([kind, n]) => `  ${kind.padEnd(50)} ${String(n).padStart(8)}`));
  lines.push('', result.passed ? 'soak: PASSED' : 'soak: FAILED', '');
  return lines.join('\n');
}
