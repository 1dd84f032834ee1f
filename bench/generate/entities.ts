import { EntityType, EventCategory, OrganizationCategory } from '../../src/schema/enums';
import { lastDayOf, parseSeedDate } from '../../src/graph/seed/seed-dates';
import type { SeedDate, SeedEntity } from '../../src/graph/seed/seed-format';
import { countryName, eventName, orgName, personName, productName, topicName } from './names';
import { entityId, type GraphPlan } from './plan';
import { Random } from './random';

/** The records are made in memory, never read from a file: the origin only labels messages. */
const ORIGIN = 'bench:generated';

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2025;

/** A date of random precision (DAY 40%, MONTH 30%, YEAR 30%) in [fromYear, LAST_YEAR]. */
export function randomDate(rng: Random, fromYear = FIRST_YEAR): SeedDate {
  const year = rng.between(fromYear, LAST_YEAR);
  const month = String(rng.between(1, 12)).padStart(2, '0');
  const roll = rng.next();
  if (roll < 0.3) return parseSeedDate(String(year));
  if (roll < 0.6) return parseSeedDate(`${year}-${month}`);
  return parseSeedDate(`${year}-${month}-${String(rng.between(1, 28)).padStart(2, '0')}`);
}

/** 1 or 2 sources, skewed: a few sources back most facts, as a few articles do in real data. */
export function randomSources(rng: Random, plan: GraphPlan): string[] {
  const n = plan.counts[EntityType.SOURCE];
  const first = entityId(EntityType.SOURCE, rng.skewed(n));
  const second = entityId(EntityType.SOURCE, rng.int(n));
  return rng.chance(0.4) && second !== first ? [first, second] : [first];
}

const ORG_SUFFIX: Record<OrganizationCategory, readonly [string, string]> = {
  [OrganizationCategory.COMPANY]: ['Labs', '株式会社'],
  [OrganizationCategory.GOVERNMENT]: ['Ministry', '省'],
  [OrganizationCategory.POLITICAL_PARTY]: ['Party', '党'],
  [OrganizationCategory.REGULATOR]: ['Authority', '委員会'],
  [OrganizationCategory.INTERGOVERNMENTAL]: ['Forum', 'フォーラム'],
};
const ORG_CATEGORIES = Object.values(OrganizationCategory);
const EVENT_CATEGORIES = Object.values(EventCategory);

/** Regions (countries without ISO code) are the last few countries, so they are not hubs. */
const REGIONS = 3;

/** Entity `index` of kind `type`: a pure function of (plan.seed, type, index). */
export function generateEntity(plan: GraphPlan, type: EntityType, index: number): SeedEntity {
  const rng = Random.for(plan.seed, type, index);
  const base = {
    file: ORIGIN,
    index,
    id: entityId(type, index),
    description: `Synthetic ${type.toLowerCase()} #${index} of the benchmark graph.`,
    sources: randomSources(rng, plan),
    propertySources: {},
  };
  switch (type) {
    case EntityType.PERSON:
      return { ...base, type, ...personName(rng) };
    case EntityType.ORGANIZATION: {
      const category = rng.chance(0.7) ? OrganizationCategory.COMPANY : rng.pick(ORG_CATEGORIES);
      return { ...base, type, category, ...orgName(rng, ORG_SUFFIX[category]) };
    }
    case EntityType.COUNTRY: {
      const { name, aliases, isoCode } = countryName(index);
      const region = index >= plan.counts[EntityType.COUNTRY] - REGIONS;
      return region
        ? { ...base, type, name: `Region ${index}`, aliases: [], isoCode: null }
        : { ...base, type, name, aliases, isoCode };
    }
    case EntityType.EVENT: {
      const category = rng.pick(EVENT_CATEGORIES);
      const startDate = randomDate(rng);
      const endDate = rng.chance(0.2) ? parseSeedDate(lastDayOf(startDate)) : null;
      return {
        ...base,
        type,
        category,
        startDate,
        endDate,
        datePrecision: startDate.precision,
        endValue: lastDayOf(endDate ?? startDate),
        signatories: category === EventCategory.OPEN_LETTER ? rng.between(10, 50_000) : null,
        ...eventName(rng, category, Number(startDate.value.slice(0, 4))),
      };
    }
    case EntityType.PRODUCT:
      return { ...base, type, ...productName(rng, index) };
    case EntityType.TOPIC:
      return { ...base, type, ...topicName(rng, index) };
    case EntityType.SOURCE: {
      const publishedOn = randomDate(rng, 2000);
      return {
        ...base,
        type,
        name: `Report ${index}`,
        aliases: [],
        title: `Synthetic report ${index}`,
        publishedOn,
        url: `https://example.org/reports/${index}`,
        // A source cites itself, as `background` does in the seed.
        sources: [base.id],
      };
    }
  }
}

export function isRegion(plan: GraphPlan, countryIndex: number): boolean {
  return countryIndex >= plan.counts[EntityType.COUNTRY] - REGIONS;
}
