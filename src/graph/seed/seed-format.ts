import type {
  DatePrecision,
  EntityType,
  EventCategory,
  OrganizationCategory,
  RelationshipType,
} from '../enums';

/**
 * The seed graph, as written in `seed/data/*.json` and as returned by `validateSeed` once checked.
 * The written ("raw") shapes are what users author; the normalized shapes are what the loader stores.
 * See seed/README.md for the format in prose.
 */

// ---- Written form (one JSON file) -------------------------------------------------------------

/** A date as written: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the format says how precise it is. */
export type SeedDateText = string;

/** Per-property provenance: property name -> ids of SOURCE entities, when it differs from the record's. */
export type PropertySources = Record<string, string[]>;

export interface RawSeedEntity {
  type: `${EntityType}`;
  id: string;
  name: string;
  aliases?: string[];
  description?: string;
  sources: string[];
  propertySources?: PropertySources;
  /** ORGANIZATION (OrganizationCategory) and EVENT (EventCategory) only; required on both. */
  category?: string;
  /** COUNTRY only; two upper-case letters. A region (Europe) is a COUNTRY without one. */
  isoCode?: string;
  /** EVENT only: startDate required, endDate and signatories optional. */
  startDate?: SeedDateText;
  endDate?: SeedDateText;
  signatories?: number;
  /** SOURCE only: title required, publishedOn and url optional. */
  title?: string;
  publishedOn?: SeedDateText;
  url?: string;
}

export interface RawSeedRelationship {
  from: string;
  type: `${RelationshipType}`;
  to: string;
  title?: string;
  role?: string;
  since?: SeedDateText;
  until?: SeedDateText;
  sources: string[];
  propertySources?: PropertySources;
}

export interface RawSeedFile {
  entities?: RawSeedEntity[];
  relationships?: RawSeedRelationship[];
}

/** One file handed to the validator: its path (used in messages) and its parsed JSON. */
export interface SeedFileInput {
  path: string;
  content: unknown;
}

// ---- Normalized form ---------------------------------------------------------------------------

/** A parsed date: `value` is the first day of the period it names, `precision` how wide it is. */
export interface SeedDate {
  value: string;
  precision: DatePrecision;
}

/** Where a record was written, so later stages (the loader) can point at it too. */
export interface SeedOrigin {
  file: string;
  index: number;
}

interface SeedEntityBase extends SeedOrigin {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  sources: string[];
  propertySources: PropertySources;
}

export interface PersonSeed extends SeedEntityBase {
  type: EntityType.PERSON;
}
export interface ProductSeed extends SeedEntityBase {
  type: EntityType.PRODUCT;
}
export interface TopicSeed extends SeedEntityBase {
  type: EntityType.TOPIC;
}
export interface OrganizationSeed extends SeedEntityBase {
  type: EntityType.ORGANIZATION;
  category: OrganizationCategory;
}
export interface CountrySeed extends SeedEntityBase {
  type: EntityType.COUNTRY;
  /** null for a region such as Europe. */
  isoCode: string | null;
}
export interface EventSeed extends SeedEntityBase {
  type: EntityType.EVENT;
  category: EventCategory;
  startDate: SeedDate;
  endDate: SeedDate | null;
  /** The precision of startDate. */
  datePrecision: DatePrecision;
  /** Last day the event may cover: end of endDate's period, else end of startDate's period. */
  endValue: string;
  /** A lower bound where the source says "more than N". */
  signatories: number | null;
}
export interface SourceSeed extends SeedEntityBase {
  type: EntityType.SOURCE;
  title: string;
  publishedOn: SeedDate | null;
  url: string | null;
}

export type SeedEntity =
  | PersonSeed
  | OrganizationSeed
  | CountrySeed
  | EventSeed
  | ProductSeed
  | TopicSeed
  | SourceSeed;

export interface SeedRelationship extends SeedOrigin {
  /** `${from}:${type}:${to}`: derived, so one triple is one relationship. */
  id: string;
  from: string;
  type: RelationshipType;
  to: string;
  title: string | null;
  role: string | null;
  since: SeedDate | null;
  until: SeedDate | null;
  /** First day of since's period, or null (valid from the beginning). */
  validFrom: string | null;
  /** Last day of until's period, inclusive, or null (still valid). */
  validTo: string | null;
  sources: string[];
  propertySources: PropertySources;
}

export interface SeedGraph {
  entities: SeedEntity[];
  relationships: SeedRelationship[];
  /** Ids referenced but not defined in the files (sorted); only with `allowExternalRefs`. */
  externalRefs: string[];
}

export interface ValidateSeedOptions {
  /** Accept references to ids not in the files (the loader then checks them in the database). */
  allowExternalRefs?: boolean;
}
