import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { mapNeo4jError } from './neo4j-errors';

/** A Cypher statement and its parameters, built apart from where it runs. */
export interface CypherQuery {
  /** Short name for logs and metrics, e.g. `entity.byIds`. */
  readonly name: string;
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

/** Told about every round trip: the per-request counter and the metrics listen here. */
export interface QueryObserver {
  /** Before the session opens: lets the metrics count sessions in flight. */
  onQueryStart?(event: { name: string; mode: 'read' | 'write' }): void;
  onQuery(event: { name: string; mode: 'read' | 'write'; durationMs: number; ok: boolean }): void;
  /**
   * Before the session opens, in the caller's async context (tracing starts its span here); the
   * function returned is called once when the round trip ends, with the rows it returned (null for a
   * write transaction of several statements).
   */
  onRoundTrip?(event: { name: string; mode: 'read' | 'write'; database: string | undefined }): (outcome: { ok: boolean; rows: number | null; error?: unknown }) => void;
}

export interface CypherRunnerOptions {
  /** Database name; undefined means the server's default. */
  database?: string;
  /** Server-side timeout of every transaction. Defaults to 10 000 ms. */
  queryTimeoutMs?: number;
  observers?: readonly QueryObserver[];
  /**
   * Bookmarks the sessions of this runner start from: a read then sees at least the state they name,
   * on any cluster member (causal consistency). Empty by default.
   */
  bookmarks?: readonly string[];
}

/** What the work of {@link CypherRunner.writeTransaction} runs its statements through. */
export interface WriteTransaction {
  run<R extends RecordShape = RecordShape>(query: CypherQuery): Promise<QueryResult<R>>;
}

/** The outcome of a committed write transaction, with the bookmark that names its state. */
export interface Committed<T> {
  value: T;
  bookmarks: string[];
}

/**
 * The one place that talks to Neo4j: managed transactions (retried on transient errors, routed to
 * readers in a cluster), a server-side timeout on every query, sessions closed in `finally`, and Neo4j
 * errors mapped to the API's coded errors.
 */
export class CypherRunner {
  readonly queryTimeoutMs: number;

  constructor(
    private readonly driver: Driver,
    private readonly options: CypherRunnerOptions = {},
  ) {
    this.queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
  }

  /** A runner that also reports to `observer`, sharing the driver: used for per-request counting. */
  withObserver(observer: QueryObserver): CypherRunner {
    return new CypherRunner(this.driver, {
      ...this.options,
      observers: [...(this.options.observers ?? []), observer],
    });
  }

  /** A runner whose sessions start from `bookmarks` (the client's `x-kg-bookmarks`). */
  withBookmarks(bookmarks: readonly string[]): CypherRunner {
    return new CypherRunner(this.driver, { ...this.options, bookmarks: [...bookmarks] });
  }

  read<R extends RecordShape = RecordShape>(query: CypherQuery): Promise<QueryResult<R>> {
    return this.run('read', query);
  }

  write<R extends RecordShape = RecordShape>(query: CypherQuery): Promise<QueryResult<R>> {
    return this.run('write', query);
  }

  /**
   * Runs `work` as ONE managed write transaction: every statement it runs commits together or not at
   * all. Throwing from `work` (a version conflict, a missing source) rolls everything back. The driver
   * may run `work` again on a transient error (a deadlock between writers), so it must only act
   * through `tx`. Resolves with the value and the bookmark of the commit.
   */
  async writeTransaction<T>(name: string, work: (tx: WriteTransaction) => Promise<T>, timeoutMs = this.queryTimeoutMs): Promise<Committed<T>> {
    const session = this.session('write');
    for (const observer of this.options.observers ?? []) observer.onQueryStart?.({ name, mode: 'write' });
    const ends = this.roundTripStarted(name, 'write');
    const started = performance.now();
    let ok = false;
    let failure: unknown;
    try {
      const config = { timeout: timeoutMs, metadata: { app: 'knowledge-graph-api', query: name } };
      const value = await session.executeWrite((tx) => work({ run: (query) => tx.run(query.cypher, query.params) }), config);
      ok = true;
      return { value, bookmarks: session.lastBookmarks() };
    } catch (error) {
      failure = mapNeo4jError(error, timeoutMs);
      throw failure;
    } finally {
      await session.close().catch(() => undefined);
      const durationMs = performance.now() - started;
      for (const observer of this.options.observers ?? []) observer.onQuery({ name, mode: 'write', durationMs, ok });
      for (const end of ends) end({ ok, rows: null, error: failure });
    }
  }

  private session(mode: 'read' | 'write') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.bookmarks === undefined || this.options.bookmarks.length === 0 ? {} : { bookmarks: [...this.options.bookmarks] }),
    });
  }

  private async run<R extends RecordShape>(mode: 'read' | 'write', query: CypherQuery): Promise<QueryResult<R>> {
    const session = this.session(mode);
    // After the session exists: every start reported is matched by an onQuery in `finally`.
    for (const observer of this.options.observers ?? []) observer.onQueryStart?.({ name: query.name, mode });
    const ends = this.roundTripStarted(query.name, mode);
    const started = performance.now();
    let ok = false;
    let rows: number | null = null;
    let failure: unknown;
    try {
      const config = { timeout: this.queryTimeoutMs, metadata: { app: 'knowledge-graph-api', query: query.name } };
      const work = (tx: { run: (cypher: string, params: Record<string, unknown>) => Promise<QueryResult<R>> }) =>
        tx.run(query.cypher, query.params);
      const result = mode === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      ok = true;
      rows = result.records.length;
      return result;
    } catch (error) {
      failure = mapNeo4jError(error, this.queryTimeoutMs);
      throw failure;
    } finally {
      await session.close().catch(() => undefined);
      const durationMs = performance.now() - started;
      for (const observer of this.options.observers ?? []) observer.onQuery({ name: query.name, mode, durationMs, ok });
      for (const end of ends) end({ ok, rows, error: failure });
    }
  }

  private roundTripStarted(name: string, mode: 'read' | 'write') {
    const ends: Array<(outcome: { ok: boolean; rows: number | null; error?: unknown }) => void> = [];
    for (const observer of this.options.observers ?? []) {
      if (observer.onRoundTrip !== undefined) ends.push(observer.onRoundTrip({ name, mode, database: this.options.database }));
    }
    return ends;
  }
}
