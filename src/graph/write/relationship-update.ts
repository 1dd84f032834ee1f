import { clientError, ErrorCode } from '../../errors';
import { DatePrecision } from '../enums';
import { toRelationshipRecord, type RelationshipRecord } from '../records';
import { relationshipFromInput } from '../rules/validate-input';
import type { RawRecord } from '../seed/seed-fields';
import { dateProblem, parseSeedDate } from '../seed/seed-dates';
import { relationshipRow } from '../seed/seed-writes';
import { toStringList } from '../values';
import { lockLiveRelationship } from './curation-operations';
import { rewriteRelationshipQuery } from './relationship-statements';
import { changedProperties, dateText } from './stored-state';
import type { WriteScope } from './write-scope';

/*
 * Correcting a relationship: its title, role and dates, at the version the editor read, citing the
 * sources of the correction; the same checks, revision and kept state as updateEntity.
 */

/** Fields of UpdateRelationshipInput: absent keeps, null removes (a precision: null keeps the date's own). */
export interface RelationshipPatch {
  title?: string | null;
  role?: string | null;
  since?: string | null;
  until?: string | null;
  sincePrecision?: DatePrecision | null;
  untilPrecision?: DatePrecision | null;
}

const FINENESS: Readonly<Record<DatePrecision, number>> = { [DatePrecision.YEAR]: 1, [DatePrecision.MONTH]: 2, [DatePrecision.DAY]: 3 };

/**
 * `date` (as written: "2023-04-10") stated to `precision`: "2023-04" for MONTH. A date is made less
 * precise, never more: a day nobody wrote down is not known.
 */
function stated(date: unknown, precision: DatePrecision | null | undefined, field: 'since' | 'until'): unknown {
  if (precision === null || precision === undefined) return date;
  const argument = `input.${field}Precision`;
  if (date === undefined) throw clientError(ErrorCode.BAD_USER_INPUT, `${argument}: the relationship has no ${field} to give a precision to`, { argument, field: argument });
  // A malformed date is the rules' to report, naming the date.
  if (typeof date !== 'string' || dateProblem(date) !== null) return date;
  const parsed = parseSeedDate(date);
  if (FINENESS[precision] > FINENESS[parsed.precision]) {
    throw clientError(ErrorCode.BAD_USER_INPUT, `${argument}: "${date}" is known to the ${parsed.precision}; write the ${field} to the ${precision} instead`, { argument, field: argument });
  }
  return dateText(parsed.value, precision);
}

export async function updateRelationship(
  scope: WriteScope,
  id: string,
  expectedVersion: number,
  patch: RelationshipPatch,
  sources: readonly string[],
): Promise<RelationshipRecord> {
  // A retracted relationship is corrected by asserting it again (it is restored), not updated.
  const { existing } = await lockLiveRelationship(scope, id, expectedVersion);
  await scope.requireSources(sources, 'sources');
  const merged: RawRecord = { ...existing.raw };
  for (const key of ['title', 'role', 'since', 'until'] as const) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  for (const field of ['since', 'until'] as const) {
    const value = stated(merged[field], patch[`${field}Precision`], field);
    if (value !== undefined) merged[field] = value;
  }
  merged.sources = [...new Set([...toStringList(existing.raw.sources), ...sources])];
  const rel = relationshipFromInput('input', merged);
  const changed = changedProperties(existing.raw, merged);
  const result = await scope.run(rewriteRelationshipQuery(rel.type, relationshipRow(rel), existing.version + 1));
  scope.record({ targetKind: 'RELATIONSHIP', targetId: id, op: 'UPDATE', before: JSON.stringify(changed.before), after: JSON.stringify(changed.after) });
  return toRelationshipRecord(result.records[0].get('relationship') as Record<string, unknown>);
}
