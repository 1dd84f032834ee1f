import type { PropertySources, SeedDate } from './seed-format';
import { dateProblem, parseSeedDate } from './seed-dates';
import type { Problems } from './seed-problems';

/**
 * Field-level checks of one seed record. Each getter reports what is wrong and returns a fallback,
 * so checking goes on and every problem of a record surfaces in one run; the fallbacks never reach
 * the loader because any problem fails the whole seed.
 */

export type RawRecord = Record<string, unknown>;

/** Ids are public API (`entity(id: "sam-altman")`), so they are stable kebab-case slugs. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A reference to another record's id, resolved once every file has been read. */
export interface SeedReference {
  where: string;
  /** Which field holds it, for messages: "from", "to", "sources", "propertySources.since". */
  field: string;
  id: string;
  mustBeSource: boolean;
}

/**
 * Longest text a field may hold, in characters: a description is a paragraph, everything else a
 * name, a title or a URL. Bounds what one write can store, for the loader and the mutations alike.
 */
export const MAX_TEXT_LENGTH: Readonly<Record<string, number>> = { description: 4000 };
const DEFAULT_MAX_TEXT_LENGTH = 500;
/** Most aliases one entity may list. */
export const MAX_LIST_LENGTH = 100;

export class RecordChecker {
  constructor(
    readonly raw: RawRecord,
    readonly where: string,
    private readonly problems: Problems,
    private readonly references: SeedReference[],
  ) {}

  report(message: string): void {
    this.problems.add(this.where, message);
  }

  /** JSON authors write null for "none"; it counts as absent. */
  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  /** Reports fields outside `allowed`; `explain` may say why a known field is misplaced. */
  rejectUnknownFields(allowed: readonly string[], explain: (field: string) => string | null): void {
    for (const field of Object.keys(this.raw)) {
      if (!allowed.includes(field)) this.report(explain(field) ?? `unknown field "${field}"`);
    }
  }

  string(field: string, required: boolean): string | null {
    if (!this.has(field)) {
      if (required) this.report(`missing required field "${field}"`);
      return null;
    }
    const value = this.raw[field];
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(`"${field}" must be a non-empty string`);
      return null;
    }
    const max = MAX_TEXT_LENGTH[field] ?? DEFAULT_MAX_TEXT_LENGTH;
    if (value.length > max) {
      this.report(`"${field}" is longer than ${max} characters`);
      return null;
    }
    return value;
  }

  id(field: string): string | null {
    const value = this.string(field, true);
    if (value !== null && !ID_PATTERN.test(value)) {
      this.report(`"${field}" "${value}" is not a kebab-case id (lower-case letters, digits, single hyphens)`);
    }
    return value;
  }

  /** A list of non-empty, distinct strings; `required` also means it may not be empty. */
  stringList(field: string, required: boolean): string[] {
    if (!this.has(field)) {
      if (required) this.report(`missing required field "${field}"`);
      return [];
    }
    return this.listAt(field, this.raw[field], required);
  }

  /** A reference to a record that must exist (checked later, across files). */
  reference(field: string): string | null {
    const id = this.string(field, true);
    if (id !== null) this.references.push({ where: this.where, field, id, mustBeSource: false });
    return id;
  }

  /** The `sources` list: required, non-empty, each the id of a SOURCE entity. */
  sources(): string[] {
    const ids = this.stringList('sources', true);
    this.referSources('sources', ids);
    return ids;
  }

  date(field: string, required: boolean): SeedDate | null {
    const text = this.string(field, required);
    if (text === null) return null;
    const problem = dateProblem(text);
    if (problem) {
      this.report(`"${field}": ${problem}`);
      return null;
    }
    return parseSeedDate(text);
  }

  enumValue<E extends string>(field: string, values: Record<string, E>, what: string): E | null {
    const text = this.string(field, true);
    if (text === null) return null;
    const found = Object.values(values).find((v) => v === text);
    if (found === undefined) this.report(`unknown ${what} "${text}"`);
    return found ?? null;
  }

  nonNegativeInteger(field: string): number | null {
    if (!this.has(field)) return null;
    const value = this.raw[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.report(`"${field}" must be a non-negative integer`);
      return null;
    }
    return value;
  }

  /** `propertySources` may only name properties this record actually has. */
  propertySources(describable: readonly string[]): PropertySources {
    if (!this.has('propertySources')) return {};
    const value = this.raw.propertySources;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.report('"propertySources" must be an object of property name -> source ids');
      return {};
    }
    const result: PropertySources = {};
    for (const [property, ids] of Object.entries(value as RawRecord)) {
      if (!describable.includes(property) || !this.has(property)) {
        this.report(`"propertySources" names "${property}", which is not a property of this record`);
      }
      const field = `propertySources.${property}`;
      result[property] = this.listAt(field, ids, true);
      this.referSources(field, result[property]);
    }
    return result;
  }

  private referSources(field: string, ids: string[]): void {
    for (const id of ids) this.references.push({ where: this.where, field, id, mustBeSource: true });
  }

  private listAt(field: string, value: unknown, nonEmpty: boolean): string[] {
    if (!Array.isArray(value)) {
      this.report(`"${field}" must be an array of strings`);
      return [];
    }
    if (nonEmpty && value.length === 0) this.report(`"${field}" must not be empty`);
    if (value.length > MAX_LIST_LENGTH) {
      this.report(`"${field}" lists more than ${MAX_LIST_LENGTH} items`);
      return [];
    }
    const result: string[] = [];
    value.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        this.report(`"${field}[${i}]" must be a non-empty string`);
      } else if (item.length > DEFAULT_MAX_TEXT_LENGTH) {
        this.report(`"${field}[${i}]" is longer than ${DEFAULT_MAX_TEXT_LENGTH} characters`);
      } else if (result.includes(item)) {
        this.report(`"${field}" lists "${item}" twice`);
      } else {
        result.push(item);
      }
    });
    return result;
  }
}
