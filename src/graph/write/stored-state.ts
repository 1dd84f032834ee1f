import { DatePrecision, EntityType, LABEL_OF_TYPE } from '../enums';
import type { RawRecord } from '../seed/seed-fields';
import { toIsoDate, toNumberOrNull, toStringList, toStringOrNull } from '../values';

/*
 * A stored node or relationship, read back into the seed format (`"startDate": "2023-04"`), so an
 * update is validated exactly as a seed record would be: the stored state with the patch laid over
 * it goes through the one rule set. Also what a revision records as "before" and "after".
 */

const TYPE_OF_LABEL = new Map<string, EntityType>(Object.values(EntityType).map((type) => [LABEL_OF_TYPE[type], type]));

/** The Cypher projection {@link storedEntity} reads: every stored property, dates as ISO strings. */
export function storedEntityProjection(v: string): string {
  return `${v} { .*, startDate: toString(${v}.startDate), endDate: toString(${v}.endDate), publishedOn: toString(${v}.publishedOn), ` +
    `retractedAt: toString(${v}.retractedAt), recordedAt: null, labels: labels(${v}) }`;
}

/** The Cypher projection {@link storedRelationship} reads. */
export function storedRelationshipProjection(v: string): string {
  return `${v} { .*, since: toString(${v}.since), until: toString(${v}.until), validFrom: null, validTo: null, ` +
    `retractedAt: toString(${v}.retractedAt), recordedAt: null, type: type(${v}), fromId: startNode(${v}).id, toId: endNode(${v}).id }`;
}

export interface StoredEntity {
  type: EntityType;
  version: number;
  retracted: boolean;
  /** The entity in the seed format: what the rules check and revisions record. */
  raw: RawRecord;
}

export interface StoredRelationship {
  version: number;
  retracted: boolean;
  raw: RawRecord;
}

/** "2023-04-01" known to the MONTH is written "2023-04", as in a seed file. */
export function dateText(value: unknown, precision: unknown): string | undefined {
  const iso = toIsoDate(value);
  if (iso === null) return undefined;
  if (precision === DatePrecision.YEAR) return iso.slice(0, 4);
  if (precision === DatePrecision.MONTH) return iso.slice(0, 7);
  return iso;
}

/** `["endDate:background"]` -> `{ endDate: ["background"] }`: the inverse of the loader's flattening. */
function propertySourcesOf(value: unknown): Record<string, string[]> | undefined {
  const pairs = toStringList(value);
  if (pairs.length === 0) return undefined;
  const result: Record<string, string[]> = {};
  for (const pair of pairs) {
    const at = pair.indexOf(':');
    (result[pair.slice(0, at)] ??= []).push(pair.slice(at + 1));
  }
  return result;
}

/** Leaves out what is absent, as a seed author would. */
export function compact(record: Record<string, unknown>): RawRecord {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)));
}

export function storedEntity(node: Record<string, unknown>): StoredEntity {
  const type = toStringList(node.labels).map((label) => TYPE_OF_LABEL.get(label)).find((t) => t !== undefined) ?? EntityType.TOPIC;
  const kind: Record<string, unknown> = {};
  if (type === EntityType.ORGANIZATION) kind.category = node.category;
  if (type === EntityType.COUNTRY) kind.isoCode = node.isoCode;
  if (type === EntityType.EVENT) {
    Object.assign(kind, {
      category: node.category,
      startDate: dateText(node.startDate, node.datePrecision),
      endDate: dateText(node.endDate, node.endDatePrecision),
      signatories: toNumberOrNull(node.signatories),
    });
  }
  if (type === EntityType.SOURCE) Object.assign(kind, { title: node.title, publishedOn: dateText(node.publishedOn, node.publishedOnPrecision), url: node.url });
  return {
    type,
    version: toNumberOrNull(node.version) ?? 1,
    retracted: toStringOrNull(node.retractedAt) !== null,
    raw: compact({
      type,
      id: node.id,
      name: node.name,
      aliases: toStringList(node.aliases),
      description: node.description,
      ...kind,
      sources: toStringList(node.sources),
      propertySources: propertySourcesOf(node.propertySources),
    }),
  };
}

export function storedRelationship(rel: Record<string, unknown>): StoredRelationship {
  return {
    version: toNumberOrNull(rel.version) ?? 1,
    retracted: toStringOrNull(rel.retractedAt) !== null,
    raw: compact({
      from: rel.fromId,
      type: rel.type,
      to: rel.toId,
      title: rel.title,
      role: rel.role,
      since: dateText(rel.since, rel.sincePrecision),
      until: dateText(rel.until, rel.untilPrecision),
      sources: toStringList(rel.sources),
      propertySources: propertySourcesOf(rel.propertySources),
    }),
  };
}

/** The properties that differ, each as it was and as it is: what a revision keeps of an update. */
export function changedProperties(before: RawRecord, after: RawRecord): { before: RawRecord; after: RawRecord } {
  const changed = { before: {} as RawRecord, after: {} as RawRecord };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    changed.before[key] = before[key] ?? null;
    changed.after[key] = after[key] ?? null;
  }
  return changed;
}
