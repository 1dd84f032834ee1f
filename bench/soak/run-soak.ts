import { buildScenarios } from '../scenarios';
import { entityId } from '../generate/plan';
import { EntityType } from '../../src/schema/enums';
import { startApi, type ApiProcess } from './api-process';
import { acknowledgedWritesCheck, errorsCheck, explained, feedCheck, gapFreeCheck, idempotentRetriesCheck, memoryCheck, racesCheck, type Check, type RssSample } from './checks';
import { openSoakDatabase, type SoakDatabase } from './database';
import { runFeedReader, type FeedReader } from './feed-reader';
import { lastSeq, readGraphState } from './graph-state';
import { post } from './graphql-http';
import { Journal } from './journal';
import { runRacers, type RaceRound } from './racers';
import { runReader, sleep } from './readers';
import { runWriter, type AcknowledgedWrite } from './writers';
import { startCursor } from './start-cursor';

export interface SoakOptions {
  minutes: number;
  /** Entities of the generated graph. */
  scale: number;
  readers: number;
  writers: number;
  feedReaders: number;
  log: (line: string) => void;
}

export interface SoakResult {
  options: Omit<SoakOptions, 'log'>;
  durationMs: number;
  checks: Check[];
  passed: boolean;
  throughput: Record<string, { count: number; perSecond: number }>;
  failuresByKind: Record<string, { count: number; explained: number }>;
  expectedRefusals: Record<string, number>;
  windows: Array<{ name: string; fromS: number; toS: number }>;
  rss: RssSample[];
}

/**
 * The soak: a local Neo4j with the bench's generated graph, the API as a child process, and
 * readers, writers, racers and feed readers all at once. At 15 % the API is restarted; at 25 % Neo4j
 * is SIGKILLed and started again. At the end, with the
 * load stopped and the feed readers caught up, the graph is read directly and checked.
 */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log;
  const durationMs = options.minutes * 60_000;
  log(`soak: generating and importing a ${options.scale}-entity graph`);
  const database = await openSoakDatabase({ scale: options.scale, seed: 42, heap: '768m' });
  let api: ApiProcess | undefined;
  try {
    api = await startApi(database.uri);
    log(`soak: API at ${api.url} (its log: ${api.logFile}); running ${options.minutes} min`);
    return await soak(options, database, api, durationMs);
  } finally {
    await api?.stop();
    await database.dispose();
  }
}

async function soak(options: SoakOptions, database: SoakDatabase, api: ApiProcess, durationMs: number): Promise<SoakResult> {
  const { log } = options;
  const runId = Date.now().toString(36);
  const tokens = new Map<string, Promise<string>>();
  const token = (subject: string): Promise<string> => {
    if (!tokens.has(subject)) tokens.set(subject, api.token(subject));
    return tokens.get(subject)!;
  };
  const firstSeq = await lastSeq(database.driver());
  const cursor = await startCursor(api.url);
  log('soak: warming up (each read scenario twice, one changeset)');
  await warmUp(api.url, buildScenarios(database.plan), await token('warm-up'), runId);
  const journal = new Journal();
  let stopping = false;
  const stop = (): boolean => stopping;
  let finalSeq: number | undefined;

  const writes: AcknowledgedWrite[] = [];
  const rounds: RaceRound[] = [];
  const feedReaders: FeedReader[] = Array.from({ length: options.feedReaders }, (_, i) => ({ name: `feed-${i}`, seqs: [], cursor, resubscriptions: 0, brokenChains: 0 }));
  const scenarios = buildScenarios(database.plan);
  const source = entityId(EntityType.SOURCE, 0);
  const raceEntities = [1, 2, 3].map((i) => entityId(EntityType.TOPIC, i));

  const rss: RssSample[] = [];
  const sampler = setInterval(() => rss.push({ at: journal.now(), pid: api.pid(), mb: api.rssMb() }), 2_000);
  const clients = [
    ...Array.from({ length: options.readers }, (_, i) => runReader(api.url, scenarios, i, journal, stop, 20)),
    ...Array.from({ length: options.writers }, (_, w) =>
      runWriter(api.url, () => token(`writer-${w}`), w, { runId, plan: database.plan, topics: 5, dropEvery: 4, pauseMs: 100 }, journal, stop, writes),
    ),
    runRacers(api.url, token, runId, raceEntities, source, journal, stop, rounds, 200),
    ...feedReaders.map((reader) => runFeedReader(api.url, reader, journal, stop, () => finalSeq, 20_000)),
  ];

  // The faults: the API's restart first, since it cannot start while Neo4j is down, then Neo4j's
  // crash, early enough that the API's memory has grown back to its plateau before the last half
  // (the memory check's window): in the 30-minute run with the crash at 35 % it was still regrowing
  // at the half, after the outage had let it fall to half its size.
  await sleep(Math.max(0, durationMs * 0.15 - journal.now()));
  log(`soak: ${Math.round(journal.now() / 1000)} s: restarting the API`);
  const restart = journal.open('api-restart');
  await api.restart();
  journal.close(restart, 3_000);
  const restartedAt = journal.now();
  log(`soak: ${Math.round(restartedAt / 1000)} s: the API is back`);

  await sleep(Math.max(0, durationMs * 0.25 - journal.now()));
  log(`soak: ${Math.round(journal.now() / 1000)} s: SIGKILL Neo4j`);
  const outage = journal.open('neo4j-outage');
  await database.kill();
  await sleep(Math.min(10_000, durationMs * 0.05));
  await database.start();
  // The API's driver finds the new server at its next connection; requests in flight may still fail.
  journal.close(outage, 15_000);
  log(`soak: ${Math.round(journal.now() / 1000)} s: Neo4j is back`);

  await sleep(Math.max(0, durationMs - journal.now()));
  const measuredMs = journal.now();
  clearInterval(sampler);
  stopping = true;
  log('soak: stopping the load; waiting for the writes in flight and the feed readers');
  const [readersDone, ...rest] = [Promise.all(clients.slice(0, clients.length - feedReaders.length)), ...clients.slice(clients.length - feedReaders.length)];
  await readersDone;
  finalSeq = await lastSeq(database.driver());
  // Feed readers get a minute to reach the last seq; the check reports what they missed.
  await Promise.race([Promise.all(rest), sleep(60_000).then(() => (finalSeq = -1))]);
  await Promise.all(rest);
  const endSeq = await lastSeq(database.driver());

  const ids = writes.flatMap((w) => w.entityIds);
  const mentions = writes.flatMap((w) => w.entityIds.map((id) => ({ from: id, to: w.sourceId })));
  const graph = await readGraphState(database.driver(), firstSeq, ids, mentions);
  const checks = [
    acknowledgedWritesCheck(writes, rounds, graph),
    racesCheck(rounds),
    gapFreeCheck(graph, firstSeq),
    feedCheck(feedReaders, firstSeq, endSeq),
    idempotentRetriesCheck(writes),
    errorsCheck(journal),
    memoryCheck(rss, measuredMs, restartedAt),
  ];
  return {
    options: { minutes: options.minutes, scale: options.scale, readers: options.readers, writers: options.writers, feedReaders: options.feedReaders },
    durationMs: measuredMs,
    checks,
    passed: checks.every((c) => c.passed),
    throughput: throughputOf(journal, measuredMs, rounds.length),
    failuresByKind: failuresByKind(journal),
    expectedRefusals: journal.expected,
    windows: journal.windows.map((w) => ({ name: w.name, fromS: Math.round(w.from / 100) / 10, toS: Math.round(w.to / 100) / 10 })),
    rss,
  };
}

/**
 * Asks each read scenario twice and writes one changeset before the clock starts: the first run of
 * each Cypher query is planned by a cold Neo4j, which on a loaded machine takes seconds.
 */
async function warmUp(url: string, scenarios: ReturnType<typeof buildScenarios>, token: string, runId: string): Promise<void> {
  for (const round of [0, 1]) for (const scenario of scenarios) await post(url, scenario.api(round));
  const id = `soak-${runId}-warm-up`;
  const source = entityId(EntityType.SOURCE, 0);
  await post(
    url,
    {
      query: `mutation ($input: ChangesetInput!) { applyChangeset(input: $input) { revision { seq } } }`,
      variables: { input: { reason: 'soak warm-up', entities: [{ id, type: 'TOPIC', name: 'Soak warm-up', sources: [source] }], relationships: [{ from: id, type: 'MENTIONED_IN', to: source, sources: [source] }] } },
    },
    { authorization: `Bearer ${token}` },
  );
}

function throughputOf(journal: Journal, ms: number, rounds: number): SoakResult['throughput'] {
  const per = (count: number) => ({ count, perSecond: Math.round((count / ms) * 10_000) / 10 });
  return {
    'reads answered': per(journal.ok.read),
    'changesets acknowledged': per(journal.ok.write),
    'race rounds': per(rounds),
    'race requests answered (won or VERSION_CONFLICT)': per(journal.ok.race + (journal.expected.VERSION_CONFLICT ?? 0)),
    'feed events received': per(journal.ok.feed),
  };
}

function failuresByKind(journal: Journal): SoakResult['failuresByKind'] {
  const outage = journal.windows.find((w) => w.name === 'neo4j-outage');
  const restart = journal.windows.find((w) => w.name === 'api-restart');
  const byKind: SoakResult['failuresByKind'] = {};
  for (const failure of journal.failures) {
    const entry = (byKind[`${failure.role} ${failure.kind}`] ??= { count: 0, explained: 0 });
    entry.count += 1;
    if (explained(failure, outage, restart)) entry.explained += 1;
  }
  return byKind;
}
