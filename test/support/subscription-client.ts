import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/*
 * A real graphql-ws client (Node, `ws`) against a test server's /graphql, and a subscription that
 * collects what it receives, for tests to wait on.
 */

export interface Received<T> {
  readonly events: T[];
  /** The `error` message's errors, when the stream ended with one. */
  readonly errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
  readonly completed: boolean;
  /** Resolves when `predicate` holds of what was received (checked at each message); rejects after `timeoutMs`. */
  until(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  /** Completes the subscription (the client sends `complete`). */
  stop(): void;
}

/** A client of `httpUrl`'s WebSocket twin; `connectionParams` go in `connection_init`. */
export function wsClient(httpUrl: string, connectionParams?: Record<string, unknown>, onClose?: (code: number, reason: string) => void): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: onClose === undefined ? undefined : { closed: (event) => onClose((event as { code: number }).code, String((event as { reason: unknown }).reason)) },
  });
}

/** Subscribes and collects each event's `data[field]`. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}, field = 'changes'): Received<T> {
  const events: T[] = [];
  const errors: Received<T>['errors'] = [];
  let completed = false;
  const checks = new Set<() => void>();
  const changed = () => {
    for (const check of [...checks]) check();
  };
  const stop = client.subscribe<Record<string, T>>({ query, variables }, {
    next: (result) => {
      if (result.errors !== undefined) errors.push(...(result.errors as Received<T>['errors']));
      if (result.data) events.push(result.data[field]);
      changed();
    },
    error: (error) => {
      if (Array.isArray(error)) errors.push(...(error as Received<T>['errors']));
      else errors.push({ message: String((error as { reason?: unknown }).reason ?? error), extensions: { closeCode: (error as { code?: unknown }).code } });
      completed = true;
      changed();
    },
    complete: () => {
      completed = true;
      changed();
    },
  });
  return {
    events,
    errors,
    get completed() {
      return completed;
    },
    until(predicate, timeoutMs = 20_000) {
      return new Promise<void>((resolve, reject) => {
        if (predicate()) return resolve();
        const timer = setTimeout(() => {
          checks.delete(check);
          reject(new Error(`not received in ${timeoutMs} ms; got ${JSON.stringify({ events, errors, completed })}`));
        }, timeoutMs);
        const check = () => {
          if (!predicate()) return;
          clearTimeout(timer);
          checks.delete(check);
          resolve();
        };
        checks.add(check);
      });
    },
    stop,
  };
}
