import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

/** The service's logger: JSON lines, the format every log pipeline reads. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'knowledge-graph-api' } });
}
