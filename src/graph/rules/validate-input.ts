import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors';
import type { SeedEntity, SeedRelationship } from '../seed/seed-format';
import { RecordChecker, type RawRecord, type SeedReference } from '../seed/seed-fields';
import { Problems, SeedValidationError } from '../seed/seed-problems';
import { validateEntity } from '../seed/validate-entity';
import { validateRelationship } from '../seed/validate-relationship';

/**
 * The write path's door to the one rule set: a mutation's input is checked by the very validators
 * that check a seed file (kinds, ids, dates and precision, lengths, enums), so a fact that the loader
 * would refuse can never be written through the API either. References (sources, ends) and the
 * relationship kinds table are checked later, inside the write's transaction, against the database.
 */

/** The first field named in a problem (`"endDate" ...`), for `extensions.field`. */
const QUOTED_FIELD = /"([A-Za-z][\w.[\]]*)"/;

function badInput(argument: string, problems: string[]): GraphQLError {
  const first = problems[0] ?? 'invalid input';
  const field = QUOTED_FIELD.exec(first.slice(first.indexOf(': ') + 2))?.[1];
  const named = field === undefined ? argument : `${argument}.${field.replace(/\[\d+\]$/, '')}`;
  return new GraphQLError(problems.length === 1 ? first : `${first} (and ${problems.length - 1} more)`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: named, field: named, problems },
  });
}

/** Drops null and undefined members: GraphQL sends null for an absent optional field, the rules expect absence. */
function present(raw: Record<string, unknown>): RawRecord {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null && value !== undefined));
}

function check<T>(argument: string, raw: Record<string, unknown>, validate: (checker: RecordChecker) => T): T {
  const problems = new Problems();
  const references: SeedReference[] = [];
  const result = validate(new RecordChecker(present(raw), argument, problems, references));
  try {
    problems.throwIfAny();
  } catch (error) {
    if (error instanceof SeedValidationError) throw badInput(argument, error.problems);
    throw error;
  }
  return result;
}

/** An entity as the loader would store it; throws BAD_USER_INPUT naming the field (e.g. `input.startDate`). */
export function entityFromInput(argument: string, raw: Record<string, unknown>): SeedEntity {
  return check(argument, raw, (checker) => validateEntity(checker, { file: argument, index: 0 }));
}

/** A relationship as the loader would store it; throws BAD_USER_INPUT naming the field. */
export function relationshipFromInput(argument: string, raw: Record<string, unknown>): SeedRelationship {
  return check(argument, raw, (checker) => validateRelationship(checker, { file: argument, index: 0 }));
}
