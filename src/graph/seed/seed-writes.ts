import { EntityType, LABEL_OF_TYPE, RelationshipType } from '../enums';
import type { CypherQuery } from '../cypher-runner';
import type { PropertySources, SeedEntity, SeedRelationship } from './seed-format';
import { int } from '../values';

/**
 * The Cypher of the seed loader and the rows it sends. Every row carries every optional property,
 * null when absent: `SET x += row.props` removes a property set to null, so reloading a file that
 * dropped a property removes it from the graph too. Dates travel as ISO strings and become Neo4j
 * DATEs through `date()` (which maps null to null, so they are removed the same way).
 */

export interface EntityRow {
  id: string;
  props: Record<string, unknown>;
  startDate: string | null;
  endDate: string | null;
  publishedOn: string | null;
}

export interface RelationshipRow {
  id: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  since: string | null;
  until: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** `{ endDate: ["background"] }` -> `["endDate:background"]`: Neo4j stores no maps, so pairs. */
export function flattenPropertySources(propertySources: PropertySources): string[] {
  return Object.entries(propertySources).flatMap(([property, ids]) => ids.map((id) => `${property}:${id}`));
}

export function entityRow(entity: SeedEntity): EntityRow {
  const row: EntityRow = { id: entity.id, props: {}, startDate: null, endDate: null, publishedOn: null };
  const props: Record<string, unknown> = {
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description,
    sources: entity.sources,
    propertySources: flattenPropertySources(entity.propertySources),
    // Kind properties of every kind, null on the others: an entity whose kind changed loses the old ones.
    category: null,
    isoCode: null,
    datePrecision: null,
    endDatePrecision: null,
    signatories: null,
    title: null,
    url: null,
    publishedOnPrecision: null,
  };
  switch (entity.type) {
    case EntityType.ORGANIZATION:
      props.category = entity.category;
      break;
    case EntityType.COUNTRY:
      props.isoCode = entity.isoCode;
      break;
    case EntityType.EVENT:
      props.category = entity.category;
      props.datePrecision = entity.startDate.precision;
      props.endDatePrecision = entity.endDate?.precision ?? null;
      // A JS number would be stored as a float; the schema promises an integer.
      props.signatories = entity.signatories === null ? null : int(entity.signatories);
      row.startDate = entity.startDate.value;
      row.endDate = entity.endDate?.value ?? null;
      break;
    case EntityType.SOURCE:
      props.title = entity.title;
      props.url = entity.url;
      props.publishedOnPrecision = entity.publishedOn?.precision ?? null;
      row.publishedOn = entity.publishedOn?.value ?? null;
      break;
    default:
      break;
  }
  row.props = props;
  return row;
}

export function relationshipRow(rel: SeedRelationship): RelationshipRow {
  return {
    id: rel.id,
    from: rel.from,
    to: rel.to,
    props: {
      title: rel.title,
      role: rel.role,
      sincePrecision: rel.since?.precision ?? null,
      untilPrecision: rel.until?.precision ?? null,
      sources: rel.sources,
      propertySources: flattenPropertySources(rel.propertySources),
    },
    since: rel.since?.value ?? null,
    until: rel.until?.value ?? null,
    validFrom: rel.validFrom,
    validTo: rel.validTo,
  };
}

/** The kind label of `type`, from the allow-list only. */
function labelOf(type: EntityType): string {
  const label = (LABEL_OF_TYPE as Readonly<Record<string, string>>)[type];
  if (label === undefined) throw new Error(`unknown entity type "${String(type)}"`);
  return label;
}

/** `row` for a record that does not exist yet: null properties dropped, as a new record has none to remove. */
export function createRow<R extends { props: Record<string, unknown> }>(row: R): R {
  return { ...row, props: Object.fromEntries(Object.entries(row.props).filter(([, value]) => value !== null)) };
}

/**
 * Creates the entities of a batch that do not exist yet, at version 1, and names them. The loader's
 * fast path: a CREATE writes the node and its index entries without reading it back or comparing
 * versions, which is most of the cost of the MERGE below. The rows it skips (ids already in the
 * graph) go through `mergeEntitiesQuery` in the same transaction.
 */
export function createNewEntitiesQuery(type: EntityType, rows: EntityRow[]): CypherQuery {
  const label = labelOf(type);
  return {
    name: `seed.createEntities.${label}`,
    cypher: `UNWIND $rows AS row
WITH row WHERE NOT EXISTS { MATCH (:Entity {id: row.id}) }
CREATE (e:Entity:${label} {id: row.id})
SET e += row.props,
    e.startDate = date(row.startDate), e.endDate = date(row.endDate), e.publishedOn = date(row.publishedOn),
    e.version = 1, e.recordedAt = datetime(), e.loadedAt = datetime()
RETURN collect(row.id) AS created`,
    params: { rows },
  };
}

/** Upserts a batch of entities of one kind, keyed on id; other kind labels are removed. */
export function mergeEntitiesQuery(type: EntityType, rows: EntityRow[]): CypherQuery {
  const label = labelOf(type);
  const otherLabels = Object.values(EntityType)
    .map(labelOf)
    .filter((other) => other !== label);
  return {
    name: `seed.mergeEntities.${label}`,
    cypher: `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
WITH row, e, properties(e) AS before, labels(e) AS labelsBefore
REMOVE e:${otherLabels.join(':')}
SET e:${label}, e += row.props,
    e.startDate = date(row.startDate), e.endDate = date(row.endDate), e.publishedOn = date(row.publishedOn)
WITH row, e, e.version IS NULL OR before <> properties(e) OR labelsBefore <> labels(e) AS changed
// A record the load created or changed is a new version; one it left as it was keeps its own.
// Created by this load: known (system time) from now on. Records loaded before recordedAt existed keep none.
// loadedAt, when a load last wrote the record: curation after it is what a later load keeps
// (seed-curation.ts). A load that changed nothing leaves it; one whose
// curated values this load kept (markLoaded false) keeps its time, so the next load compares again.
SET e.recordedAt = CASE WHEN e.version IS NULL THEN datetime() ELSE e.recordedAt END,
    e.version = CASE WHEN e.version IS NULL THEN 1 WHEN changed THEN e.version + 1 ELSE e.version END,
    e.loadedAt = CASE WHEN changed AND coalesce(row.markLoaded, true) THEN datetime() ELSE e.loadedAt END
RETURN count(e) AS written, collect(CASE WHEN changed THEN e.id END) AS changed`,
    params: { rows },
  };
}

const RELATIONSHIP_TYPES: ReadonlySet<string> = new Set(Object.values(RelationshipType));

/** The type is spliced into the query, so it must be a member of the closed set, whatever the caller's types say. */
function checkRelationshipType(type: RelationshipType): void {
  if (!RELATIONSHIP_TYPES.has(type)) throw new Error(`unknown relationship type "${String(type)}"`);
}

/** Each row of a relationship batch with its two ends, found through the `entity_id` constraint. */
const ROWS_WITH_BOTH_ENDS = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})`;

/** A relationship row's properties onto `r`, its days as DATEs. */
const SET_RELATIONSHIP_ROW = `SET r += row.props,
    r.since = date(row.since), r.until = date(row.until),
    r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)`;

/**
 * Creates the relationships of a batch that do not exist yet (both ends found by the id constraint,
 * no relationship of this id between them), at version 1, and names them. The rest (existing, or an
 * end missing) go through `mergeRelationshipsQuery` in the same transaction.
 */
export function createNewRelationshipsQuery(type: RelationshipType, rows: RelationshipRow[]): CypherQuery {
  checkRelationshipType(type);
  return {
    name: `seed.createRelationships.${type}`,
    cypher: `${ROWS_WITH_BOTH_ENDS}
WITH row, a, b WHERE NOT EXISTS { MATCH (a)-[:${type} {id: row.id}]->(b) }
CREATE (a)-[r:${type} {id: row.id}]->(b)
${SET_RELATIONSHIP_ROW},
    r.version = 1, r.recordedAt = datetime(), r.loadedAt = datetime()
RETURN collect(row.id) AS created`,
    params: { rows },
  };
}

/** Upserts a batch of relationships of one type, keyed on their derived id. */
export function mergeRelationshipsQuery(type: RelationshipType, rows: RelationshipRow[]): CypherQuery {
  checkRelationshipType(type);
  return {
    name: `seed.mergeRelationships.${type}`,
    cypher: `${ROWS_WITH_BOTH_ENDS}
MERGE (a)-[r:${type} {id: row.id}]->(b)
WITH row, r, properties(r) AS before
${SET_RELATIONSHIP_ROW}
WITH row, r, r.version IS NULL OR before <> properties(r) AS changed
SET r.recordedAt = CASE WHEN r.version IS NULL THEN datetime() ELSE r.recordedAt END,
    r.version = CASE WHEN r.version IS NULL THEN 1 WHEN changed THEN r.version + 1 ELSE r.version END,
    r.loadedAt = CASE WHEN changed AND coalesce(row.markLoaded, true) THEN datetime() ELSE r.loadedAt END
RETURN count(r) AS written, collect(CASE WHEN changed THEN r.id END) AS changed`,
    params: { rows },
  };
}

/** Which of `ids` exist, and with which labels: the check of a seed's references to the database. */
export function existingEntitiesQuery(ids: readonly string[]): CypherQuery {
  return {
    name: 'seed.existingEntities',
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, labels(e) AS labels, e.retractedAt IS NOT NULL AS retracted`,
    params: { ids: [...ids] },
  };
}

/** True when no entity exists: the signal that start-up should load the seed. */
export function graphIsEmptyQuery(): CypherQuery {
  return {
    name: 'seed.graphIsEmpty',
    cypher: 'RETURN NOT EXISTS { MATCH (:Entity) } AS empty',
    params: {},
  };
}
