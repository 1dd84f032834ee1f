import { DatePrecision, EntityType, EventCategory, OrganizationCategory, RelationshipType } from './enums';
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
  /** How precisely `publishedOn` is known; null without one (or DAY, for data stored before precision was kept). */
  publishedOnPrecision: DatePrecision | null;
  url: string | null;
  /** 1 when created, +1 per change; seed records written before versions count as 1. */
  version: number;
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
  /** 1 when asserted, +1 per change. */
  version: number;
}

const TYPE_OF_LABEL = new Map<string, EntityType>(
  Object.values(EntityType).map((type) => [type.charAt(0) + type.slice(1).toLowerCase(), type]),
);

/*
 * Projections turn DATEs into ISO strings in Cypher and blank what no record reads (the keys stay,
 * null). Measured with bench/ (docs/performance.md): the driver's decoding of DATE values (Integer
 * arithmetic per date) was the largest single cost of the API process on list-heavy queries. `.*`
 * stays: naming every property costs a read for each absent one, which is most of them.
 */

/** The Cypher projection that {@link toEntityRecord} reads: `RETURN <ENTITY_FIELDS(e)> AS entity`. */
export function entityProjection(variable: string): string {
  const v = variable;
  return `${v} { .*, startDate: toString(${v}.startDate), endDate: toString(${v}.endDate), publishedOn: toString(${v}.publishedOn), ` +
    `propertySources: null, labels: labels(${v}) }`;
}

/** The Cypher projection that {@link toRelationshipRecord} reads. */
export function relationshipProjection(variable: string): string {
  const v = variable;
  return `${v} { .*, since: toString(${v}.since), until: toString(${v}.until), validFrom: null, validTo: null, propertySources: null, ` +
    `type: type(${v}), fromId: startNode(${v}).id, toId: endNode(${v}).id }`;
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
    publishedOnPrecision: publishedOnPrecision(raw),
    url: toStringOrNull(raw.url),
    version: toNumberOrNull(raw.version) ?? 1,
  };
}

/** A publication day stored before its precision was kept is taken as a day, as it was written. */
function publishedOnPrecision(raw: Record<string, unknown>): DatePrecision | null {
  if (raw.publishedOn === null || raw.publishedOn === undefined) return null;
  return (toStringOrNull(raw.publishedOnPrecision) as DatePrecision | null) ?? DatePrecision.DAY;
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
    version: toNumberOrNull(raw.version) ?? 1,
  };
}
