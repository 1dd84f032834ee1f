"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateEntity = validateEntity;
const enums_1 = require("../../schema/enums");
const seed_dates_1 = require("./seed-dates");
/** Fields every entity may have. */
const COMMON_FIELDS = ['type', 'id', 'name', 'aliases', 'description', 'sources', 'propertySources'];
/** Fields that belong to one kind only; elsewhere they are refused, which catches mis-filed records. */
const KIND_FIELDS = {
    [enums_1.EntityType.PERSON]: [],
    [enums_1.EntityType.PRODUCT]: [],
    [enums_1.EntityType.TOPIC]: [],
    [enums_1.EntityType.ORGANIZATION]: ['category'],
    [enums_1.EntityType.COUNTRY]: ['isoCode'],
    [enums_1.EntityType.EVENT]: ['category', 'startDate', 'endDate', 'signatories'],
    [enums_1.EntityType.SOURCE]: ['title', 'publishedOn', 'url'],
};
/** Bookkeeping fields that are not properties of the entity, so no propertySources key. */
const NOT_PROPERTIES = ['type', 'id', 'sources', 'propertySources'];
const ISO_CODE = /^[A-Z]{2}$/;
function kindsWith(field) {
    return Object.values(enums_1.EntityType).filter((kind) => KIND_FIELDS[kind].includes(field));
}
function checkFields(check, type) {
    // With an unknown type we cannot tell which kind fields fit, so only plain typos are reported.
    const kindFields = type ? KIND_FIELDS[type] : Object.values(KIND_FIELDS).flat();
    check.rejectUnknownFields([...COMMON_FIELDS, ...kindFields], (field) => {
        const kinds = kindsWith(field);
        if (kinds.length === 0 || !type)
            return null;
        return `field "${field}" is not allowed on ${type} (only on ${kinds.join(', ')})`;
    });
}
function entityType(check) {
    return check.enumValue('type', enums_1.EntityType, 'entity type');
}
/** Checks one entity record and returns its normalized form (meaningful only if no problem). */
function validateEntity(check, origin) {
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
        case enums_1.EntityType.ORGANIZATION:
            return { ...common, type, category: organizationCategory(check) };
        case enums_1.EntityType.COUNTRY:
            return { ...common, type, isoCode: isoCode(check) };
        case enums_1.EntityType.EVENT:
            return { ...common, ...eventFields(check) };
        case enums_1.EntityType.SOURCE:
            return { ...common, ...sourceFields(check) };
        case enums_1.EntityType.PERSON:
        case enums_1.EntityType.PRODUCT:
        case enums_1.EntityType.TOPIC:
            return { ...common, type };
        default:
            // Unknown type, already reported: any shape will do, the seed is refused anyway.
            return { ...common, type: enums_1.EntityType.TOPIC };
    }
}
function organizationCategory(check) {
    return check.enumValue('category', enums_1.OrganizationCategory, 'organization category') ?? enums_1.OrganizationCategory.COMPANY;
}
function isoCode(check) {
    const code = check.string('isoCode', false);
    if (code !== null && !ISO_CODE.test(code))
        check.report(`"isoCode" "${code}" must be two upper-case letters`);
    return code;
}
function eventFields(check) {
    const category = check.enumValue('category', enums_1.EventCategory, 'event category') ?? enums_1.EventCategory.MEETING;
    const start = check.date('startDate', true);
    const end = check.date('endDate', false);
    if (start && end && (0, seed_dates_1.endsBeforeStart)(start, end)) {
        check.report(`"endDate" "${String(check.raw.endDate)}" is before "startDate" "${String(check.raw.startDate)}"`);
    }
    const startDate = start ?? { value: '', precision: enums_1.DatePrecision.DAY };
    return {
        type: enums_1.EntityType.EVENT,
        category,
        startDate,
        endDate: end,
        datePrecision: startDate.precision,
        endValue: end ? (0, seed_dates_1.lastDayOf)(end) : start ? (0, seed_dates_1.lastDayOf)(start) : '',
        signatories: check.nonNegativeInteger('signatories'),
    };
}
function sourceFields(check) {
    const url = check.string('url', false);
    if (url !== null && !isWebUrl(url))
        check.report(`"url" "${url}" is not an http(s) URL`);
    return {
        type: enums_1.EntityType.SOURCE,
        title: check.string('title', true) ?? '',
        publishedOn: check.date('publishedOn', false),
        url,
    };
}
function isWebUrl(text) {
    try {
        return ['http:', 'https:'].includes(new URL(text).protocol);
    }
    catch {
        return false;
    }
}
