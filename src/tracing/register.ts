import { startTracing, tracingSettings, type Tracing } from './start';

/*
 * Imported first by main.ts, so that the SDK is registered before anything loads graphql. A bad
 * OTEL_* value does not throw here, at import time; main.ts reports it as its one line at start-up.
 */

function fromEnvironment(): { running: Tracing | null; problem: string | null } {
  try {
    const settings = tracingSettings();
    return { running: settings === null ? null : startTracing(settings), problem: null };
  } catch (error) {
    return { running: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The SDK this process runs (null when OTEL_* leaves tracing off), or the problem of its settings. */
export const tracing = fromEnvironment();
