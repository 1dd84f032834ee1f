import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { EntityType } from '../../src/schema/enums';
import type { GraphPlan } from '../generate/plan';
import { entityId } from '../generate/plan';
import type { Scenario } from './types';

/**
 * The write scenarios: `update` (updateEntity at expectedVersion, each connection on a different
 * entity) and `changeset` (100 records per applyChangeset), each beside a floor of hand-written
 * Cypher doing the same work in one transaction and one statement: lock, version check, provenance
 * check, the kept state, the write, the revision counter and a revision with its change records.
 * What the floor leaves out is the API's own: validation by the seed rules, the token, the answer's
 * selection, and a statement per step of the write (`src/graph/write/write-scope.ts`).
 *
 * Writes change the graph, which the bench reuses between runs: versions are read from it when the
 * scenarios are built and counted up per request sent, shared by the API and the floor (they run one
 * after the other), and new ids carry the run's time.
 */

/** Entities the update scenario cycles through: far more than requests in flight, so two never meet. */
const UPDATE_TARGETS = 2_000;
const CHANGESET_TOPICS = 50;

export async function buildWriteScenarios(plan: GraphPlan, driver: Driver, headers: Record<string, string>): Promise<Scenario[]> {
  const runId = Date.now().toString(36);
  const ids = Array.from({ length: Math.min(UPDATE_TARGETS, plan.counts[EntityType.PERSON]) }, (_, k) => entityId(EntityType.PERSON, k));
  const versions = await currentVersions(driver, ids);
  const sources = plan.counts[EntityType.SOURCE];
  return [updateScenario(ids, versions, sources, headers, runId), changesetScenario(sources, headers, runId)];
}

async function currentVersions(driver: Driver, ids: string[]): Promise<Map<string, number>> {
  const result = await driver.executeQuery(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, coalesce(e.version, 1) AS version`, { ids }, { routing: neo4j.routing.READ });
  return new Map(result.records.map((r) => [r.get('id') as string, (r.get('version') as Integer).toNumber()]));
}

function updateScenario(ids: string[], versions: Map<string, number>, sources: number, headers: Record<string, string>, runId: string): Scenario {
  /** The i-th request's entity and the version it is made against (the next one of that entity). */
  const target = (i: number) => {
    const id = ids[i % ids.length];
    const version = versions.get(id)!;
    versions.set(id, version + 1);
    return { id, version, description: `Bench update ${runId}-${i}`, source: entityId(EntityType.SOURCE, i % sources) };
  };
  return {
    name: 'update',
    question: 'write: updateEntity of one field at expectedVersion, citing a source, 8 connections on different entities',
    apiHeaders: headers,
    api: (i) => {
      const t = target(i);
      return {
        operationName: 'Update',
        query: `mutation Update($id: ID!, $v: Int!, $description: String!, $source: ID!) {
  updateEntity(id: $id, expectedVersion: $v, input: { description: $description }, sources: [$source], reason: "bench") { id version }
}`,
        variables: { id: t.id, v: t.version, description: t.description, source: t.source },
      };
    },
    cypher: (i) => {
      const t = target(i);
      return {
        write: true,
        cypher: `MATCH (e:Entity {id: $id})
SET e._lock = true REMOVE e._lock
WITH e WHERE coalesce(e.version, 1) = $version
MATCH (s:Source {id: $source}) WHERE s.retractedAt IS NULL
CREATE (kept:EntityState)
SET kept = properties(e), kept.entityId = e.id,
    kept.recordedFrom = coalesce(e.propertiesSince, e.recordedAt, datetime({epochMillis: 0})), kept.recordedTo = datetime()
REMOVE kept.id, kept.propertiesSince
WITH e, e.description AS before
SET e.description = $description, e.version = $version + 1, e.propertiesSince = datetime(),
    e.sources = CASE WHEN $source IN coalesce(e.sources, []) THEN e.sources ELSE coalesce(e.sources, []) + $source END
WITH e, before
MERGE (q:RevisionSequence {name: 'revisions'})
SET q.last = q.last + 1
CREATE (v:Revision {seq: q.last, at: datetime(), actor: 'bench-editor', reason: 'bench', mutation: 'updateEntity',
  sources: [$source], entityIds: [e.id], relationshipIds: []})
CREATE (v)-[:RECORDS]->(:RevisionChange {seq: q.last, index: 0, targetKind: 'ENTITY', targetId: e.id, op: 'UPDATE',
  before: '{"description":' + coalesce('"' + before + '"', 'null') + '}', after: '{"description":"' + $description + '"}'})
RETURN e.id AS id, e.version AS version`,
        params: { id: t.id, version: neo4j.int(t.version), description: t.description, source: t.source },
      };
    },
  };
}

function changesetScenario(sources: number, headers: Record<string, string>, runId: string): Scenario {
  // Ids are numbered per request made, not by `i`: the API and the floor, and each run's warm-up and
  // measurement, all count `i` from 0, and a topic can be created once.
  let made = 0;
  const records = (i: number) => {
    const source = entityId(EntityType.SOURCE, i % sources);
    const n = made++;
    const topics = Array.from({ length: CHANGESET_TOPICS }, (_, j) => ({ id: `bench-${runId}-${n}-${j}`, name: `Bench topic ${runId} ${n} ${j}` }));
    return { source, topics };
  };
  return {
    name: 'changeset',
    question: 'write: applyChangeset of 100 records (50 new topics, each MENTIONED_IN a source), one revision',
    apiHeaders: headers,
    api: (i) => {
      const { source, topics } = records(i);
      return {
        operationName: 'Changeset',
        query: `mutation Changeset($input: ChangesetInput!) { applyChangeset(input: $input) { revision { seq } } }`,
        variables: {
          input: {
            reason: 'bench',
            entities: topics.map((t) => ({ id: t.id, type: 'TOPIC', name: t.name, sources: [source] })),
            relationships: topics.map((t) => ({ from: t.id, type: 'MENTIONED_IN', to: source, sources: [source] })),
          },
        },
      };
    },
    cypher: (i) => {
      const { source, topics } = records(i);
      return {
        write: true,
        cypher: `MATCH (s:Source {id: $source}) WHERE s.retractedAt IS NULL
CALL (s) {
  UNWIND $topics AS t
  CREATE (e:Entity:Topic {id: t.id})
  SET e.name = t.name, e.aliases = [], e.sources = [$source], e.version = 1, e.recordedAt = datetime()
  CREATE (e)-[r:MENTIONED_IN {id: t.id + ':MENTIONED_IN:' + $source}]->(s)
  SET r.sources = [$source], r.version = 1, r.recordedAt = datetime()
  RETURN collect(e.id) AS entityIds, collect(r.id) AS relationshipIds
}
MERGE (q:RevisionSequence {name: 'revisions'})
SET q.last = q.last + 1
CREATE (v:Revision {seq: q.last, at: datetime(), actor: 'bench-editor', reason: 'bench', mutation: 'applyChangeset',
  sources: [$source], entityIds: entityIds, relationshipIds: relationshipIds})
WITH v, q, entityIds + relationshipIds AS targets, size(entityIds) AS entities
UNWIND range(0, size(targets) - 1) AS k
CREATE (v)-[:RECORDS]->(:RevisionChange {seq: q.last, index: k, targetKind: CASE WHEN k < entities THEN 'ENTITY' ELSE 'RELATIONSHIP' END,
  targetId: targets[k], op: CASE WHEN k < entities THEN 'CREATE' ELSE 'ASSERT' END, before: null,
  after: CASE WHEN k < entities THEN '{"name":"' + $topics[k].name + '","sources":["' + $source + '"]}' ELSE '{"sources":["' + $source + '"]}' END})
RETURN count(*) AS changes`,
        params: { source, topics },
      };
    },
  };
}
