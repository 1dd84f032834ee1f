import { RelationshipType } from '../enums';
import type { SeedOrigin, SeedRelationship } from './seed-format';
import { endsBeforeStart, lastDayOf } from './seed-dates';
import type { RecordChecker } from './seed-fields';

const FIELDS = ['from', 'type', 'to', 'title', 'role', 'since', 'until', 'sources', 'propertySources'];

/** The properties a relationship's propertySources may describe. */
const DESCRIBABLE = ['title', 'role', 'since', 'until'];

/** One triple is one relationship: the id is derived so a second copy is caught, not merged. */
export function relationshipId(from: string, type: string, to: string): string {
  return `${from}:${type}:${to}`;
}

/** Checks one relationship record and returns its normalized form (meaningful only if no problem). */
export function validateRelationship(check: RecordChecker, origin: SeedOrigin): SeedRelationship {
  check.rejectUnknownFields(FIELDS, () => null);
  const from = check.reference('from') ?? '';
  const type = check.enumValue('type', RelationshipType, 'relationship type') ?? RelationshipType.MENTIONED_IN;
  const to = check.reference('to') ?? '';
  const since = check.date('since', false);
  const until = check.date('until', false);
  if (since && until && endsBeforeStart(since, until)) {
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
    validTo: until ? lastDayOf(until) : null,
    sources: check.sources(),
    propertySources: check.propertySources(DESCRIBABLE),
  };
}
