"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.relationshipId = relationshipId;
exports.validateRelationship = validateRelationship;
const enums_1 = require("../../schema/enums");
const seed_dates_1 = require("./seed-dates");
const FIELDS = ['from', 'type', 'to', 'title', 'role', 'since', 'until', 'sources', 'propertySources'];
/** The properties a relationship's propertySources may describe. */
const DESCRIBABLE = ['title', 'role', 'since', 'until'];
/** One triple is one relationship: the id is derived so a second copy is caught, not merged. */
function relationshipId(from, type, to) {
    return `${from}:${type}:${to}`;
}
/** Checks one relationship record and returns its normalized form (meaningful only if no problem). */
function validateRelationship(check, origin) {
    check.rejectUnknownFields(FIELDS, () => null);
    const from = check.reference('from') ?? '';
    const type = check.enumValue('type', enums_1.RelationshipType, 'relationship type') ?? enums_1.RelationshipType.MENTIONED_IN;
    const to = check.reference('to') ?? '';
    const since = check.date('since', false);
    const until = check.date('until', false);
    if (since && until && (0, seed_dates_1.endsBeforeStart)(since, until)) {
        check.report(`"until" "${String(check.raw.until)}" is before "since" "${String(check.raw.since)}"`);
    }
    return {
        ...origin,
        // The written type, not the fallback, so a typo never looks like a duplicate of a real triple.
        id: relationshipId(from, typeof check.raw.type === 'string' ? check.raw.type : '?', to),
        from,
        type,
        to,
        title: check.string('title', false),
        role: check.string('role', false),
        since,
        until,
        // Stored bounds make an `asOf` filter two comparisons: validFrom <= asOf <= validTo.
        validFrom: since ? since.value : null,
        validTo: until ? (0, seed_dates_1.lastDayOf)(until) : null,
        sources: check.sources(),
        propertySources: check.propertySources(DESCRIBABLE),
    };
}
