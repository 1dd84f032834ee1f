/**
 * Seed problems are collected, not thrown one by one: whoever edits a seed by hand should see every
 * mistake of a run at once, each with the file and record it sits in.
 */

export class SeedValidationError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Invalid seed graph (${count}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    // Keeps `instanceof` working whatever the compile target is.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'SeedValidationError';
    this.problems = problems;
  }
}

export class Problems {
  private readonly list: string[] = [];

  add(where: string, message: string): void {
    this.list.push(`${where}: ${message}`);
  }

  /** Throws every problem collected so far, if there is any. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new SeedValidationError([...this.list]);
  }
}

/** `people.json: entities[2] (id "taro-kono")`: how messages point at an entity. */
export function entityWhere(file: string, index: number, id: unknown): string {
  const label = typeof id === 'string' ? ` (id "${id}")` : '';
  return `${file}: entities[${index}]${label}`;
}

/** `relationships.json: relationships[5] (sam-altman HOLDS_POSITION openai)`. */
export function relationshipWhere(
  file: string,
  index: number,
  triple: { from?: unknown; type?: unknown; to?: unknown },
): string {
  const part = (value: unknown): string => (typeof value === 'string' && value !== '' ? value : '?');
  return `${file}: relationships[${index}] (${part(triple.from)} ${part(triple.type)} ${part(triple.to)})`;
}
