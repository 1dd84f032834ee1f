import { DatePrecision, EntityType, EventCategory, OrganizationCategory } from '../enums';
import type { SeedEntity, SeedOrigin } from './seed-format';
import { endsBeforeStart, lastDayOf } from './seed-dates';
import type { RecordChecker } from './seed-fields';

/** Fields every entity may have. */
const COMMON_FIELDS = ['type', 'id', 'name', 'aliases', 'description', 'sources', 'propertySources'];

/** Fields that belong to one kind only; elsewhere they are refused, which catches mis-filed records. */
const KIND_FIELDS: Readonly<Record<EntityType, readonly string[]>> = {
  [EntityType.PERSON]: [],
  [EntityType.PRODUCT]: [],
  [EntityType.TOPIC]: [],
  [EntityType.ORGANIZATION]: ['category'],
  [EntityType.COUNTRY]: ['isoCode'],
  [EntityType.EVENT]: ['category', 'startDate', 'endDate', 'signatories'],
  [EntityType.SOURCE]: ['title', 'publishedOn', 'url'],
};

/** Bookkeeping fields that are not properties of the entity, so no propertySources key. */
const NOT_PROPERTIES = ['type', 'id', 'sources', 'propertySources'];

const ISO_CODE = /^[A-Z]{2}$/;

function kindsWith(field: string): EntityType[] {
  return Object.values(EntityType).filter((kind) => KIND_FIELDS[kind].includes(field));
}

function checkFields(check: RecordChecker, type: EntityType | null): void {
  // With an unknown type we cannot tell which kind fields fit, so only plain typos are reported.
  const kindFields = type ? KIND_FIELDS[type] : Object.values(KIND_FIELDS).flat();
  check.rejectUnknownFields([...COMMON_FIELDS, ...kindFields], (field) => {
    const kinds = kindsWith(field);
    if (kinds.length === 0 || !type) return null;
    return `field "${field}" is not allowed on ${type} (only on ${kinds.join(', ')})`;
  });
}

function entityType(check: RecordChecker): EntityType | null {
  return check.enumValue('type', EntityType, 'entity type');
}

/** Checks one entity record and returns its normalized form (meaningful only if no problem). */
export function validateEntity(check: RecordChecker, origin: SeedOrigin): SeedEntity {
  const type = entityType(check);
  checkFields(check, type);
  const describable = Object.keys(check.raw).filter((field) => !NOT_PROPERTIES.includes(field));
  const common = {
    ...origin,
    id: check.id('id') ?? '',
    name: check.string('name', true) ?? '',
    aliases: check.stringList('aliases', false),
    description: check.string('description', false),
    sources: check.sources(),
    propertySources: check.propertySources(describable),
  };
  switch (type) {
    case EntityType.ORGANIZATION:
      return { ...common, type, category: organizationCategory(check) };
    case EntityType.COUNTRY:
      return { ...common, type, isoCode: isoCode(check) };
    case EntityType.EVENT:
      return { ...common, ...eventFields(check) };
    case EntityType.SOURCE:
      return { ...common, ...sourceFields(check) };
    case EntityType.PERSON:
    case EntityType.PRODUCT:
    case EntityType.TOPIC:
      return { ...common, type };
    default:
      // Unknown type, already reported: any shape will do, the seed is refused anyway.
      return { ...common, type: EntityType.TOPIC };
  }
}

function organizationCategory(check: RecordChecker): OrganizationCategory {
  return check.enumValue('category', OrganizationCategory, 'organization category') ?? OrganizationCategory.COMPANY;
}

function isoCode(check: RecordChecker): string | null {
  const code = check.string('isoCode', false);
  if (code !== null && !ISO_CODE.test(code)) check.report(`"isoCode" "${code}" must be two upper-case letters`);
  return code;
}

function eventFields(check: RecordChecker) {
  const category = check.enumValue('category', EventCategory, 'event category') ?? EventCategory.MEETING;
  const start = check.date('startDate', true);
  const end = check.date('endDate', false);
  if (start && end && endsBeforeStart(start, end)) {
    check.report(`"endDate" "${String(check.raw.endDate)}" is before "startDate" "${String(check.raw.startDate)}"`);
  }
  const startDate = start ?? { value: '', precision: DatePrecision.DAY };
  return {
    type: EntityType.EVENT as const,
    category,
    startDate,
    endDate: end,
    datePrecision: startDate.precision,
    endValue: end ? lastDayOf(end) : start ? lastDayOf(start) : '',
    signatories: check.nonNegativeInteger('signatories'),
  };
}

function sourceFields(check: RecordChecker) {
  const url = check.string('url', false);
  if (url !== null && !isWebUrl(url)) check.report(`"url" "${url}" is not an http(s) URL`);
  return {
    type: EntityType.SOURCE as const,
    title: check.string('title', true) ?? '',
    publishedOn: check.date('publishedOn', false),
    url,
  };
}

function isWebUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
