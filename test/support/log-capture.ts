import pino, { type Logger } from 'pino';

/** A real pino logger whose JSON lines are kept in memory, parsed, for a test to read. */
export function capturedLogger(): { logger: Logger; lines: Array<Record<string, unknown>>; raw: string[] } {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const logger = pino(
    { level: 'info', base: { service: 'knowledge-graph-api' } },
    {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  return { logger, lines, raw };
}
