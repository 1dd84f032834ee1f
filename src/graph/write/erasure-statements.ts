import type { CypherQuery } from '../cypher-runner';
import { factIndexQueries } from '../plan/fields/source';
import { int } from '../values';

/*
 * The Cypher of a legal erasure (erasure.ts runs it). An erasure leaves nothing that names what it
 * erased: the entity and its relationships keep only system fields under new opaque ids, every
 * record that named them (change records, revisions' id lists, seed loads' id lists, kept states,
 * idempotency answers, revision reasons) is rewritten or removed, in the erasure's one transaction.
 */

/**
 * The prefix of the ids an erasure gives to what it erased: `erased:<uuid>`. A colon is never in an
 * entity id (kebab-case) and a relationship id has two, so such an id can be nobody's real id.
 */
export const ERASED_ID_PREFIX = 'erased:';

/** What an idempotency key answers once the answer it kept named erased content. */
export const ERASED_IDEMPOTENT_RESULT = JSON.stringify({ erased: true });

/**
 * The strings that would name the entity: its id, the names, aliases and titles it has and had
 * (its kept states hold the earlier ones), and the ids of its relationships, retracted ones too.
 */
export function erasureTargetsQuery(id: string): CypherQuery {
  return {
    name: 'write.erasureTargets',
    cypher: `MATCH (e:Entity {id: $id})
WITH e, COLLECT { MATCH (state:EntityState {entityId: $id}) RETURN state } AS states
WITH e, reduce(names = [e.name, e.title] + coalesce(e.aliases, []), s IN states | names + [s.name, s.title] + coalesce(s.aliases, [])) AS names
RETURN [name IN names WHERE name IS NOT NULL AND name <> ''] AS names,
       COLLECT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r.id } AS relationships`,
    params: { id },
  };
}

/**
 * How many records other than the source itself and its own relationships cite the source `id`:
 * entities and relationships (retracted ones too, through the `*_fact_sources` indexes) and the
 * revisions of writes about anything else. Erasing a source they cite would leave its id in them.
 */
export function sourceCitationsQuery(id: string, ownRelationships: readonly string[]): CypherQuery {
  const { whole, property } = factIndexQueries('$id');
  return {
    name: 'write.sourceCitations',
    cypher: `MATCH (e:Entity {id: $id})
CALL (e) {
  CALL db.index.fulltext.queryNodes('entity_fact_sources', ${whole}) YIELD node WHERE node <> e RETURN count(node) AS n
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_fact_sources', ${property}) YIELD node WHERE node <> e RETURN count(node) AS n
  UNION ALL
  CALL db.index.fulltext.queryRelationships('relationship_fact_sources', ${whole}) YIELD relationship WHERE NOT relationship.id IN $own RETURN count(relationship) AS n
  UNION ALL
  CALL db.index.fulltext.queryRelationships('relationship_fact_sources', ${property}) YIELD relationship WHERE NOT relationship.id IN $own RETURN count(relationship) AS n
  UNION ALL
  MATCH (v:Revision) WHERE $id IN v.sources
    AND EXISTS { MATCH (v)-[:RECORDS]->(c:RevisionChange) WHERE NOT (c.targetId = $id OR c.targetId IN $own OR coalesce(c.erased, false)) }
  RETURN count(v) AS n
}
RETURN sum(n) AS citing`,
    params: { id, own: [...ownRelationships] },
  };
}

/**
 * The erasure. `renamed` maps every old id (the entity's, its relationships') to its opaque new id;
 * `strings` are what must appear nowhere (longest first, so a longer name is replaced whole).
 * - the entity and its relationships keep only id (the new one), version, retractedAt and erasedAt;
 * - their kept states are deleted;
 * - change records about them lose before/after and point to the new ids; their revisions' and the
 *   seed loads' id lists name the new ids;
 * - revision reasons have the strings replaced by `[erased]`, and revisions stop citing the entity
 *   when it is a source;
 * - idempotency keys whose kept answer names any string answer {@link ERASED_IDEMPOTENT_RESULT}.
 * The two scans (revisions, idempotency keys) read every such node: an erasure is rare and an admin's.
 */
export function eraseEntityQuery(id: string, renamed: Record<string, string>, version: number, strings: readonly string[]): CypherQuery {
  const oldIds = Object.keys(renamed);
  const relationshipIds = oldIds.filter((old) => old !== id);
  return {
    name: 'write.eraseEntity',
    cypher: `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WITH DISTINCT r
  SET r = {id: $renamed[r.id], version: coalesce(r.version, 1) + 1, retractedAt: coalesce(r.retractedAt, datetime()), erasedAt: datetime()}
}
SET e = {id: $renamed[e.id], version: $version, retractedAt: coalesce(e.retractedAt, datetime()), erasedAt: datetime()}
WITH e
CALL () {
  MATCH (state:EntityState {entityId: $id})
  DETACH DELETE state
}
CALL () {
  UNWIND $relationshipIds AS relationshipId
  MATCH (state:RelationshipState {relationshipId: relationshipId})
  DETACH DELETE state
}
CALL () {
  MATCH (v:Revision)-[:RECORDS]->(c:RevisionChange) WHERE c.targetId IN $oldIds
  WITH v, collect(c) AS changes
  SET v.entityIds = [x IN v.entityIds | coalesce($renamed[x], x)],
      v.relationshipIds = [x IN v.relationshipIds | coalesce($renamed[x], x)]
  WITH changes
  UNWIND changes AS c
  SET c.targetId = $renamed[c.targetId], c.before = null, c.after = null, c.erased = true
}
CALL () {
  MATCH (v:Revision {mutation: 'loadSeed'})
  WHERE any(x IN coalesce(v.entityIds, []) + coalesce(v.relationshipIds, []) WHERE x IN $oldIds)
  SET v.entityIds = [x IN v.entityIds | coalesce($renamed[x], x)],
      v.relationshipIds = [x IN v.relationshipIds | coalesce($renamed[x], x)]
}
CALL () {
  UNWIND $oldIds AS old
  CALL db.index.fulltext.queryNodes('loaded_ids', 'entityIds:"' + old + '" OR relationshipIds:"' + old + '"') YIELD node
  WITH DISTINCT node
  SET node.entityIds = [x IN node.entityIds | coalesce($renamed[x], x)],
      node.relationshipIds = [x IN node.relationshipIds | coalesce($renamed[x], x)]
}
CALL () {
  MATCH (v:Revision)
  WHERE $id IN coalesce(v.sources, []) OR (v.reason IS NOT NULL AND any(s IN $strings WHERE v.reason CONTAINS s))
  SET v.sources = [x IN v.sources WHERE x <> $id],
      v.reason = reduce(text = v.reason, s IN $strings | replace(text, s, '[erased]'))
}
CALL () {
  MATCH (k:IdempotencyKey) WHERE k.result IS NOT NULL AND any(s IN $strings WHERE k.result CONTAINS s)
  SET k.result = $erasedResult
}
RETURN e.id AS id`,
    params: { id, renamed, oldIds, relationshipIds, version: int(version), strings: [...strings], erasedResult: ERASED_IDEMPOTENT_RESULT },
  };
}
