import { DatePrecision, EntityType, EventCategory, OrganizationCategory, RelationshipType } from '../schema/enums';
import { toIsoDate, toNumberOrNull, toStringList, toStringOrNull } from './values';

/*
 * What the graph layer hands to resolvers: plain objects with JS values only. Field names match the
 * GraphQL object types, so resolvers return them as they are.
 */

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  sourceIds: string[];
  category: OrganizationCategory | EventCategory | null;
  isoCode: string | null;
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision | null;
  signatories: number | null;
  title: string | null;
  publishedOn: string | null;
  url: string | null;
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  title: string | null;
  role: string | null;
  since: string | null;
  sincePrecision: DatePrecision | null;
  until: string | null;
  untilPrecision: DatePrecision | null;
  sourceIds: string[];
}

const TYPE_OF_LABEL = new Map<string, EntityType>(
  Object.values(EntityType).map((type) => [type.charAt(0) + type.slice(1).toLowerCase(), type]),
);

/** The Cypher projection that {@link toEntityRecord} reads: `RETURN <ENTITY_FIELDS(e)> AS entity`. */
export function entityProjection(variable: string): string {
  return `${variable} { .*, labels: labels(${variable}) }`;
}

/** The Cypher projection that {@link toRelationshipRecord} reads. */
export function relationshipProjection(variable: string): string {
  return `${variable} { .*, type: type(${variable}), fromId: startNode(${variable}).id, toId: endNode(${variable}).id }`;
}

export function toEntityRecord(raw: Record<string, unknown>): EntityRecord {
  const labels = toStringList(raw.labels);
  const type = labels.map((label) => TYPE_OF_LABEL.get(label)).find((t) => t !== undefined);
  if (type === undefined) throw new Error(`node "${String(raw.id)}" has no entity kind label (labels: ${labels.join(', ')})`);
  return {
    id: String(raw.id),
    type,
    name: String(raw.name ?? raw.id),
    aliases: toStringList(raw.aliases),
    description: toStringOrNull(raw.description),
    sourceIds: toStringList(raw.sources),
    category: toStringOrNull(raw.category) as EntityRecord['category'],
    isoCode: toStringOrNull(raw.isoCode),
    startDate: toIsoDate(raw.startDate),
    endDate: toIsoDate(raw.endDate),
    datePrecision: toStringOrNull(raw.datePrecision) as DatePrecision | null,
    signatories: toNumberOrNull(raw.signatories),
    title: toStringOrNull(raw.title),
    publishedOn: toIsoDate(raw.publishedOn),
    url: toStringOrNull(raw.url),
  };
}

export function toRelationshipRecord(raw: Record<string, unknown>): RelationshipRecord {
  return {
    id: String(raw.id),
    type: raw.type as RelationshipType,
    fromId: String(raw.fromId),
    toId: String(raw.toId),
    title: toStringOrNull(raw.title),
    role: toStringOrNull(raw.role),
    since: toIsoDate(raw.since),
    sincePrecision: toStringOrNull(raw.sincePrecision) as DatePrecision | null,
    until: toIsoDate(raw.until),
    untilPrecision: toStringOrNull(raw.untilPrecision) as DatePrecision | null,
    sourceIds: toStringList(raw.sources),
  };
}
