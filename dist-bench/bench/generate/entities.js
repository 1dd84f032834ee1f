"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LAST_YEAR = exports.FIRST_YEAR = void 0;
exports.randomDate = randomDate;
exports.randomSources = randomSources;
exports.generateEntity = generateEntity;
exports.isRegion = isRegion;
const enums_1 = require("../../src/schema/enums");
const seed_dates_1 = require("../../src/graph/seed/seed-dates");
const names_1 = require("./names");
const plan_1 = require("./plan");
const random_1 = require("./random");
/** The records are made in memory, never read from a file: the origin only labels messages. */
const ORIGIN = 'bench:generated';
exports.FIRST_YEAR = 1990;
exports.LAST_YEAR = 2025;
/** A date of random precision (DAY 40%, MONTH 30%, YEAR 30%) in [fromYear, LAST_YEAR]. */
function randomDate(rng, fromYear = exports.FIRST_YEAR) {
    const year = rng.between(fromYear, exports.LAST_YEAR);
    const month = String(rng.between(1, 12)).padStart(2, '0');
    const roll = rng.next();
    if (roll < 0.3)
        return (0, seed_dates_1.parseSeedDate)(String(year));
    if (roll < 0.6)
        return (0, seed_dates_1.parseSeedDate)(`${year}-${month}`);
    return (0, seed_dates_1.parseSeedDate)(`${year}-${month}-${String(rng.between(1, 28)).padStart(2, '0')}`);
}
/** 1 or 2 sources, skewed: a few sources back most facts, as a few articles do in real data. */
function randomSources(rng, plan) {
    const n = plan.counts[enums_1.EntityType.SOURCE];
    const first = (0, plan_1.entityId)(enums_1.EntityType.SOURCE, rng.skewed(n));
    const second = (0, plan_1.entityId)(enums_1.EntityType.SOURCE, rng.int(n));
    return rng.chance(0.4) && second !== first ? [first, second] : [first];
}
const ORG_SUFFIX = {
    [enums_1.OrganizationCategory.COMPANY]: ['Labs', '株式会社'],
    [enums_1.OrganizationCategory.GOVERNMENT]: ['Ministry', '省'],
    [enums_1.OrganizationCategory.POLITICAL_PARTY]: ['Party', '党'],
    [enums_1.OrganizationCategory.REGULATOR]: ['Authority', '委員会'],
    [enums_1.OrganizationCategory.INTERGOVERNMENTAL]: ['Forum', 'フォーラム'],
};
const ORG_CATEGORIES = Object.values(enums_1.OrganizationCategory);
const EVENT_CATEGORIES = Object.values(enums_1.EventCategory);
/** Regions (countries without ISO code) are the last few countries, so they are not hubs. */
const REGIONS = 3;
/** Entity `index` of kind `type`: a pure function of (plan.seed, type, index). */
function generateEntity(plan, type, index) {
    const rng = random_1.Random.for(plan.seed, type, index);
    const base = {
        file: ORIGIN,
        index,
        id: (0, plan_1.entityId)(type, index),
        description: `Synthetic ${type.toLowerCase()} #${index} of the benchmark graph.`,
        sources: randomSources(rng, plan),
        propertySources: {},
    };
    switch (type) {
        case enums_1.EntityType.PERSON:
            return { ...base, type, ...(0, names_1.personName)(rng) };
        case enums_1.EntityType.ORGANIZATION: {
            const category = rng.chance(0.7) ? enums_1.OrganizationCategory.COMPANY : rng.pick(ORG_CATEGORIES);
            return { ...base, type, category, ...(0, names_1.orgName)(rng, ORG_SUFFIX[category]) };
        }
        case enums_1.EntityType.COUNTRY: {
            const { name, aliases, isoCode } = (0, names_1.countryName)(index);
            const region = index >= plan.counts[enums_1.EntityType.COUNTRY] - REGIONS;
            return region
                ? { ...base, type, name: `Region ${index}`, aliases: [], isoCode: null }
                : { ...base, type, name, aliases, isoCode };
        }
        case enums_1.EntityType.EVENT: {
            const category = rng.pick(EVENT_CATEGORIES);
            const startDate = randomDate(rng);
            const endDate = rng.chance(0.2) ? (0, seed_dates_1.parseSeedDate)((0, seed_dates_1.lastDayOf)(startDate)) : null;
            return {
                ...base,
                type,
                category,
                startDate,
                endDate,
                datePrecision: startDate.precision,
                endValue: (0, seed_dates_1.lastDayOf)(endDate ?? startDate),
                signatories: category === enums_1.EventCategory.OPEN_LETTER ? rng.between(10, 50_000) : null,
                ...(0, names_1.eventName)(rng, category, Number(startDate.value.slice(0, 4))),
            };
        }
        case enums_1.EntityType.PRODUCT:
            return { ...base, type, ...(0, names_1.productName)(rng, index) };
        case enums_1.EntityType.TOPIC:
            return { ...base, type, ...(0, names_1.topicName)(rng, index) };
        case enums_1.EntityType.SOURCE: {
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
function isRegion(plan, countryIndex) {
    return countryIndex >= plan.counts[enums_1.EntityType.COUNTRY] - REGIONS;
}
