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
