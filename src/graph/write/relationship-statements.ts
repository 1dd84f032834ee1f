import { RelationshipType } from '../enums';
import type { CypherQuery } from '../cypher-runner';
import { relationshipProjection } from '../records';
import { isRelationshipType } from '../relationship-filter';
import type { RelationshipRow } from '../seed/seed-writes';
import { int } from '../values';
import { storedRelationshipProjection } from './stored-state';
import { keepStateCypher } from './entity-statements';

/*
 * The Cypher of relationship writes, run inside the write's one transaction. A relationship is found
 * through its ends (indexed ids) and its derived id `from:TYPE:to`; the type is spliced into the query
 * only after the allow-list check.
 */

export interface Triple {
  from: string;
  type: RelationshipType;
  to: string;
}

function checkedType(type: RelationshipType): RelationshipType {
  if (!isRelationshipType(type)) throw new Error(`unknown relationship type "${String(type)}"`);
  return type;
}

/** `sam-altman:HOLDS_POSITION:openai` -> its parts, or null when it cannot be a relationship id. */
export function tripleOf(id: string): Triple | null {
  const parts = id.split(':');
  if (parts.length !== 3 || !isRelationshipType(parts[1])) return null;
  return { from: parts[0], type: parts[1], to: parts[2] };
}

/** Locks the relationship of `triple`, if it exists (retracted or not), and reads it. */
export function lockRelationshipQuery(triple: Triple): CypherQuery {
  const type = checkedType(triple.type);
  return {
    name: `write.lockRelationship.${type}`,
    cypher: `MATCH (:Entity {id: $from})-[r:${type} {id: $id}]->(:Entity {id: $to})
SET r._lock = true
REMOVE r._lock
RETURN ${storedRelationshipProjection('r')} AS stored`,
    params: { from: triple.from, to: triple.to, id: `${triple.from}:${type}:${triple.to}` },
  };
}

/** Creates a relationship at version 1 between two entities already locked. */
export function createRelationshipQuery(type: RelationshipType, row: RelationshipRow): CypherQuery {
  const checked = checkedType(type);
  return {
    name: `write.createRelationship.${checked}`,
    cypher: `MATCH (a:Entity {id: $row.from})
MATCH (b:Entity {id: $row.to})
CREATE (a)-[r:${checked} {id: $row.id}]->(b)
SET r += $row.props,
    r.since = date($row.since), r.until = date($row.until),
    r.validFrom = date($row.validFrom), r.validTo = date($row.validTo),
    r.version = 1, r.recordedAt = datetime()
RETURN ${relationshipProjection('r')} AS relationship`,
    params: { row },
  };
}

/**
 * Rewrites a locked relationship: a new assertion of a retracted one (properties from the row), or
 * more sources for a live one (only `sources` differs in the row then). The properties it had are
 * kept as its state until now. A retracted one asserted again remembers the period it was retracted
 * in (`pastRetractions`, `pastReassertions`), so `knownAt` shows it before its retraction and after
 * this assertion, and not between.
 */
export function rewriteRelationshipQuery(type: RelationshipType, row: RelationshipRow, version: number, keepState = true): CypherQuery {
  const checked = checkedType(type);
  return {
    name: `write.rewriteRelationship.${checked}`,
    cypher: `MATCH (:Entity {id: $row.from})-[r:${checked} {id: $row.id}]->(:Entity {id: $row.to})
${keepState ? `${keepStateCypher('r', 'RelationshipState', 'relationshipId')}\nWITH r\n` : ''}SET r += $row.props,
    r.since = date($row.since), r.until = date($row.until),
    r.validFrom = date($row.validFrom), r.validTo = date($row.validTo),
    r.pastRetractions = CASE WHEN r.retractedAt IS NULL THEN r.pastRetractions ELSE coalesce(r.pastRetractions, []) + r.retractedAt END,
    r.pastReassertions = CASE WHEN r.retractedAt IS NULL THEN r.pastReassertions ELSE coalesce(r.pastReassertions, []) + datetime() END,
    r.version = $version, r.retractedAt = null
RETURN ${relationshipProjection('r')} AS relationship`,
    params: { row, version: int(version) },
  };
}

export function retractRelationshipQuery(triple: Triple, version: number): CypherQuery {
  const type = checkedType(triple.type);
  return {
    name: `write.retractRelationship.${type}`,
    cypher: `MATCH (:Entity {id: $from})-[r:${type} {id: $id}]->(:Entity {id: $to})
${keepStateCypher('r', 'RelationshipState', 'relationshipId')}
WITH r
SET r.retractedAt = datetime(), r.version = $version
RETURN ${relationshipProjection('r')} AS relationship`,
    params: { from: triple.from, to: triple.to, id: `${triple.from}:${type}:${triple.to}`, version: int(version) },
  };
}

/** Which of `rows`' relationships exist already (retracted or not): their ids. */
export function existingRelationshipsQuery(rows: ReadonlyArray<{ id: string; from: string; to: string }>): CypherQuery {
  return {
    name: 'write.existingRelationships',
    cypher: `UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r {id: row.id}]->(:Entity {id: row.to})
RETURN collect(row.id) AS ids`,
    params: { rows: rows.map(({ id, from, to }) => ({ id, from, to })) },
  };
}

/** Creates many new relationships of one type at version 1, between entities already locked. */
export function createRelationshipsQuery(type: RelationshipType, rows: RelationshipRow[]): CypherQuery {
  const checked = checkedType(type);
  return {
    name: `write.createRelationships.${checked}`,
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${checked} {id: row.id}]->(b)
SET r += row.props,
    r.since = date(row.since), r.until = date(row.until),
    r.validFrom = date(row.validFrom), r.validTo = date(row.validTo),
    r.version = 1, r.recordedAt = datetime()
RETURN ${relationshipProjection('r')} AS relationship`,
    params: { rows },
  };
}
