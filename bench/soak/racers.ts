import { post, record, type Answer } from './graphql-http';
import type { Journal } from './journal';
import { sleep } from './readers';

const VERSION = `query Version($id: ID!) { entity(id: $id) { ... on Topic { version } } }`;
const UPDATE = `mutation Update($id: ID!, $v: Int!, $input: UpdateEntityInput!, $reason: String!, $sources: [ID!]!) {
  updateEntity(id: $id, expectedVersion: $v, input: $input, sources: $sources, reason: $reason) { id }
}`;

/** One race: two editors change one entity at the same version at once. */
export interface RaceRound {
  readonly entityId: string;
  readonly version: number;
  /** Each contender's reason (unique: how its revision is found in the graph). */
  readonly reasons: [string, string];
  /** `ok`, `VERSION_CONFLICT`, or what else came back (then the round is undecided). */
  readonly outcomes: [string, string];
}

/**
 * Racers: round after round, read an entity's version, then send two `updateEntity` at that version
 * at once. Exactly one may win; the other must answer VERSION_CONFLICT.
 */
export async function runRacers(
  url: string,
  token: (subject: string) => Promise<string>,
  runId: string,
  entityIds: readonly string[],
  sourceId: string,
  journal: Journal,
  stop: () => boolean,
  rounds: RaceRound[],
  pauseMs: number,
): Promise<void> {
  for (let n = 0; !stop(); n += 1) {
    const entityId = entityIds[n % entityIds.length];
    const read = await post(url, { query: VERSION, variables: { id: entityId } });
    if (!record(journal, 'race', read)) {
      await sleep(500);
      continue;
    }
    const version = ((read as Extract<Answer, { kind: 'answer' }>).data?.entity as { version: number }).version;
    const reasons: [string, string] = [`soak race ${runId} ${n} a`, `soak race ${runId} ${n} b`];
    const answers = await Promise.all(
      reasons.map(async (reason, i) =>
        post(
          url,
          { query: UPDATE, variables: { id: entityId, v: version, input: { description: reason }, reason, sources: [sourceId] } },
          { authorization: `Bearer ${await token(`racer-${i}`)}` },
        ),
      ),
    );
    const outcomes = answers.map((answer) => {
      if (answer.kind === 'answer' && answer.status === 200 && answer.codes.length === 0) return 'ok';
      return answer.kind === 'answer' ? (answer.codes[0] ?? `http-${answer.status}`) : `network:${answer.cause}`;
    }) as [string, string];
    for (const answer of answers) record(journal, 'race', answer, ['VERSION_CONFLICT']);
    rounds.push({ entityId, version, reasons, outcomes });
    if (pauseMs > 0) await sleep(pauseMs);
  }
}
