import type { CypherQuery } from '../cypher-runner';
import { storedEntityProjection, storedRelationshipProjection } from '../write/stored-state';

/*
 * The reads that tell the seed loader what curation changed since a record's last load: the change
 * records of write-path revisions (any actor but `seed`) made after the record's `loadedAt` (records
 * loaded before `loadedAt` existed, or by the offline importer, count every such revision).
 */

/** True when any revision was written by the write path: a graph never curated needs no comparison. */
export function anyCurationQuery(): CypherQuery {
  return {
    name: 'seed.anyCuration',
    cypher: "RETURN EXISTS { MATCH (v:Revision) WHERE v.actor <> 'seed' } AS curated",
    params: {},
  };
}

const CHANGES_SINCE_LOAD = (kind: 'ENTITY' | 'RELATIONSHIP', v: string) => `WITH ${v}, coalesce(${v}.loadedAt, datetime({epochMillis: 0})) AS since
CALL (${v}, since) {
  MATCH (rev:Revision)-[:RECORDS]->(c:RevisionChange {targetId: ${v}.id, targetKind: '${kind}'})
  WHERE rev.at > since AND rev.actor <> 'seed'
  RETURN collect({seq: rev.seq, before: c.before, after: c.after}) AS changes
}
WITH ${v}, changes WHERE size(changes) > 0`;

/** The entities of `ids` changed by curation since their last load, as stored, with those changes. */
export function curatedEntitiesQuery(ids: readonly string[]): CypherQuery {
  return {
    name: 'seed.curatedEntities',
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
${CHANGES_SINCE_LOAD('ENTITY', 'e')}
RETURN e.id AS id, ${storedEntityProjection('e')} AS stored, changes`,
    params: { ids: [...ids] },
  };
}

/** The relationships of `rows` changed by curation since their last load, as stored, with those changes. */
export function curatedRelationshipsQuery(rows: ReadonlyArray<{ id: string; from: string; to: string }>): CypherQuery {
  return {
    name: 'seed.curatedRelationships',
    cypher: `UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r {id: row.id}]->(:Entity {id: row.to})
${CHANGES_SINCE_LOAD('RELATIONSHIP', 'r')}
RETURN r.id AS id, ${storedRelationshipProjection('r')} AS stored, changes`,
    params: { rows: rows.map(({ id, from, to }) => ({ id, from, to })) },
  };
}
