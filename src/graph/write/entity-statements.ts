import { EntityType, LABEL_OF_TYPE } from '../enums';
import type { CypherQuery } from '../cypher-runner';
import { entityProjection } from '../records';
import type { EntityRow } from '../seed/seed-writes';
import { int } from '../values';
import { storedEntityProjection } from './stored-state';

/*
 * The Cypher of entity writes. Every statement runs inside the write's one transaction (see
 * write-scope.ts); the lock statement comes first, so the version read after it is the one the write
 * replaces (Neo4j is read-committed: without the lock two writers would both read version 3).
 */

function labelOf(type: EntityType): string {
  const label = (LABEL_OF_TYPE as Readonly<Record<string, string>>)[type];
  if (label === undefined) throw new Error(`unknown entity type "${String(type)}"`);
  return label;
}

/**
 * Takes the write lock of each entity that exists (a property written and removed), then reads it.
 * Ids are locked in sorted order, so two writers of the same entities cannot deadlock.
 */
export function lockEntitiesQuery(ids: readonly string[]): CypherQuery {
  return {
    name: 'write.lockEntities',
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock
RETURN id, ${storedEntityProjection('e')} AS stored`,
    params: { ids: [...new Set(ids)].sort() },
  };
}

/** Creates one entity at version 1. The id constraint still refuses a duplicate created concurrently. */
export function createEntityQuery(type: EntityType, row: EntityRow): CypherQuery {
  return {
    name: `write.createEntity.${labelOf(type)}`,
    cypher: `CREATE (e:Entity:${labelOf(type)} {id: $row.id})
SET e += $row.props,
    e.startDate = date($row.startDate), e.endDate = date($row.endDate), e.publishedOn = date($row.publishedOn),
    e.version = 1, e.recordedAt = datetime()
RETURN ${entityProjection('e')} AS entity`,
    params: { row },
  };
}

/**
 * Keeps the properties `v` has before a write changes them, as a state node of its own with the
 * period they held in the graph (system time): from when they were written (`propertiesSince`, or
 * the fact's `recordedAt`, or always for data older than both) until now. A `knownAt` read between
 * the two projects from it (plan/compile.ts). The node has no `Entity` label and no relationship,
 * so no other read meets it; erasing the fact deletes its states.
 */
export function keepStateCypher(v: string, label: 'EntityState' | 'RelationshipState', key: 'entityId' | 'relationshipId'): string {
  return `CREATE (kept:${label})
SET kept = properties(${v}), kept.${key} = ${v}.id,
    kept.recordedFrom = coalesce(${v}.propertiesSince, ${v}.recordedAt, datetime({epochMillis: 0})), kept.recordedTo = datetime()
REMOVE kept.id, kept.propertiesSince
SET ${v}.propertiesSince = datetime()`;
}

/**
 * Overwrites an entity's properties with a validated row (nulls remove) and sets its new version;
 * the properties it had are kept as its state until now.
 */
export function updateEntityQuery(row: EntityRow, version: number): CypherQuery {
  return {
    name: 'write.updateEntity',
    cypher: `MATCH (e:Entity {id: $row.id})
${keepStateCypher('e', 'EntityState', 'entityId')}
WITH e
SET e += $row.props,
    e.startDate = date($row.startDate), e.endDate = date($row.endDate), e.publishedOn = date($row.publishedOn),
    e.version = $version
RETURN ${entityProjection('e')} AS entity`,
    params: { row, version: int(version) },
  };
}

/**
 * Retracts an entity and every live relationship it has (a live relationship must join live
 * entities). Nothing is deleted: `retractedAt` hides them from reads. Their versions change, so their
 * states until now are kept, as for any change.
 */
export function retractEntityQuery(id: string, version: number): CypherQuery {
  return {
    name: 'write.retractEntity',
    cypher: `MATCH (e:Entity {id: $id})
${keepStateCypher('e', 'EntityState', 'entityId')}
WITH e
SET e.retractedAt = datetime(), e.version = $version
WITH e
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE r.retractedAt IS NULL
  ${keepStateCypher('r', 'RelationshipState', 'relationshipId').split('\n').join('\n  ')}
  WITH r
  SET r.retractedAt = datetime(), r.version = coalesce(r.version, 1) + 1
  RETURN collect(DISTINCT r.id) AS relationships
}
RETURN ${entityProjection('e')} AS entity, relationships`,
    params: { id, version: int(version) },
  };
}

/**
 * A legal erasure: the entity keeps only its id, kind and system fields; the relationships it had
 * lose their content too, and so do the before/after records of earlier revisions about any of them
 * and the earlier states kept of them.
 * The revision of the erasure itself records that it happened, not what was removed.
 */
export function eraseEntityQuery(id: string, version: number): CypherQuery {
  return {
    name: 'write.eraseEntity',
    cypher: `MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(:Entity)
  SET r = {id: r.id, version: coalesce(r.version, 1) + 1, retractedAt: coalesce(r.retractedAt, datetime()), erasedAt: datetime()}
  RETURN collect(DISTINCT r.id) AS relationships
}
SET e = {id: e.id, version: $version, retractedAt: coalesce(e.retractedAt, datetime()), erasedAt: datetime()}
WITH e, relationships
CALL (e, relationships) {
  MATCH (c:RevisionChange) WHERE c.targetId = e.id OR c.targetId IN relationships
  SET c.before = null, c.after = null, c.erased = true
  RETURN count(c) AS scrubbed
}
CALL (e, relationships) {
  OPTIONAL MATCH (state:EntityState {entityId: e.id})
  DETACH DELETE state
  WITH count(*) AS entityStates
  UNWIND relationships AS relationshipId
  OPTIONAL MATCH (state:RelationshipState {relationshipId: relationshipId})
  DETACH DELETE state
  RETURN count(*) AS states
}
RETURN relationships, scrubbed`,
    params: { id, version: int(version) },
  };
}

/** Creates many entities of one kind at version 1, in one statement: a large changeset's entities. */
export function createEntitiesQuery(type: EntityType, rows: EntityRow[]): CypherQuery {
  return {
    name: `write.createEntities.${labelOf(type)}`,
    cypher: `UNWIND $rows AS row
CREATE (e:Entity:${labelOf(type)} {id: row.id})
SET e += row.props,
    e.startDate = date(row.startDate), e.endDate = date(row.endDate), e.publishedOn = date(row.publishedOn),
    e.version = 1, e.recordedAt = datetime()
RETURN ${entityProjection('e')} AS entity`,
    params: { rows },
  };
}
