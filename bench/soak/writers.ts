import type { GraphPlan } from '../generate';
import { entityId } from '../generate/plan';
import { EntityType } from '../../src/schema/enums';
import { post, record, type Answer } from './graphql-http';
import type { Journal } from './journal';
import { sleep } from './readers';

const CHANGESET = `mutation Changeset($input: ChangesetInput!) { applyChangeset(input: $input) { revision { seq } entities { id } } }`;

/** A changeset the API acknowledged: what it wrote, the revision it answered with. */
export interface AcknowledgedWrite {
  readonly key: string;
  readonly reason: string;
  readonly entityIds: string[];
  readonly sourceId: string;
  readonly seq: number;
  /** Sent again after a dropped connection (and once more after the acknowledgement). */
  readonly dropped: boolean;
  /** Attempts until acknowledged. */
  readonly attempts: number;
  /** For a dropped write: what the extra send after the acknowledgement answered (the same seq, if idempotent). */
  replayedSeq?: number | null;
}

export interface WriterOptions {
  runId: string;
  plan: GraphPlan;
  /** Topics per changeset; each gets a MENTIONED_IN to the cited source: 2 records per topic. */
  topics: number;
  /** Every `dropEvery`-th changeset is first sent on a connection the writer drops. */
  dropEvery: number;
  pauseMs: number;
}

/**
 * A writer: changesets of new topics, each with an Idempotency-Key, sent until acknowledged (a
 * client that lost its answer, or got DATABASE_UNAVAILABLE, sends the same request with the same
 * key again). Some are first sent on a connection dropped a few milliseconds in, before or after
 * the server committed: the retry must apply them once either way.
 */
export async function runWriter(
  url: string,
  token: () => Promise<string>,
  writer: number,
  options: WriterOptions,
  journal: Journal,
  stop: () => boolean,
  acknowledged: AcknowledgedWrite[],
): Promise<void> {
  for (let n = 0; !stop(); n += 1) {
    const name = `soak-${options.runId}-w${writer}-${n}`;
    const sourceId = entityId(EntityType.SOURCE, (writer * 7919 + n) % options.plan.counts[EntityType.SOURCE]);
    const entityIds = Array.from({ length: options.topics }, (_, j) => `${name}-t${j}`);
    const input = {
      reason: `soak write ${name}`,
      entities: entityIds.map((id) => ({ id, type: 'TOPIC', name: `Soak topic ${id}`, sources: [sourceId] })),
      relationships: entityIds.map((id) => ({ from: id, type: 'MENTIONED_IN', to: sourceId, sources: [sourceId] })),
    };
    const dropped = options.dropEvery > 0 && n % options.dropEvery === options.dropEvery - 1;
    const send = async (dropAfterMs?: number): Promise<Answer> =>
      post(url, { query: CHANGESET, variables: { input }, operationName: 'Changeset' }, { authorization: `Bearer ${await token()}`, 'idempotency-key': name }, dropAfterMs);

    let attempts = 0;
    let seq: number | undefined;
    if (dropped) {
      attempts += 1;
      // Dropped 2 to 40 ms in: early ones before the transaction, late ones around its commit.
      const answer = await send(2 + ((n * 13) % 39));
      if (succeeded(answer)) seq = seqOf(answer, journal);
      else if (answer.kind === 'no-answer' && answer.cause === 'timeout') journal.refused('dropped by the soak');
      else record(journal, 'write', answer);
    }
    // Until acknowledged: the key makes every attempt the same write. The stop flag is not read
    // here, so every write started is finished (or the run ends with it unacknowledged and unchecked).
    for (let wait = 200; seq === undefined && attempts < 200; wait = Math.min(wait * 2, 2_000)) {
      if (attempts > 0) await sleep(wait);
      attempts += 1;
      const answer = await send();
      if (succeeded(answer)) seq = seqOf(answer, journal);
      else record(journal, 'write', answer);
    }
    if (seq === undefined) continue;
    journal.succeeded('write');
    const write: AcknowledgedWrite = { key: name, reason: input.reason, entityIds, sourceId, seq, dropped, attempts };
    if (dropped) {
      // The replay too is sent until answered: a fault may fall between the acknowledgement and it.
      write.replayedSeq = null;
      for (let attempt = 0, wait = 200; write.replayedSeq === null && attempt < 200; attempt += 1, wait = Math.min(wait * 2, 2_000)) {
        if (attempt > 0) await sleep(wait);
        const again = await send();
        if (succeeded(again)) write.replayedSeq = readSeq(again);
        else record(journal, 'write', again);
      }
    }
    acknowledged.push(write);
    if (options.pauseMs > 0) await sleep(options.pauseMs);
  }
}

function succeeded(answer: Answer): boolean {
  return answer.kind === 'answer' && answer.status === 200 && answer.codes.length === 0;
}

function readSeq(answer: Answer): number | null {
  if (answer.kind !== 'answer') return null;
  const result = answer.data?.applyChangeset as { revision?: { seq?: unknown } } | undefined;
  return typeof result?.revision?.seq === 'number' ? result.revision.seq : null;
}

function seqOf(answer: Answer, journal: Journal): number | undefined {
  const seq = readSeq(answer);
  if (seq === null) journal.failed('write', 'no-revision', JSON.stringify(answer).slice(0, 200));
  return seq ?? undefined;
}
