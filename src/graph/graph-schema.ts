import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaDir } from '../paths';
import type { CypherRunner } from './cypher-runner';

/**
 * The database schema (constraints, indexes, the full-text index) lives as plain `.cypher` files in
 * `schema/`, so an operator can read or apply them by hand; this module applies them from code at
 * start-up and before a seed load. Every statement says IF NOT EXISTS, so applying is idempotent.
 */

/** How long start-up waits for new indexes to come online, in seconds. */
const AWAIT_INDEXES_SECONDS = 900;

/** The statements of one schema file: `//` comment lines dropped, split on `;`, blanks skipped. */
export function schemaStatements(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return code
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

/** Every `*.cypher` of `folder`, in name order (files are numbered so constraints come first). */
export function schemaFiles(folder: string = schemaDir()): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/**
 * Which statements to apply: `constraints` only (before a bulk load into an empty graph: the loader's
 * MERGEs need the id constraint, while every other index is cheaper built once over the loaded data
 * than kept up to date row by row), or `all`.
 */
export type SchemaPart = 'constraints' | 'all';

const CONSTRAINT = /^CREATE\s+CONSTRAINT\b/i;

/**
 * Applies the schema statements of `folder` (default `schema/`), then waits until every index is
 * online so that the first queries and the seed's MERGEs use them.
 */
export async function applyGraphSchema(runner: CypherRunner, folder: string = schemaDir(), part: SchemaPart = 'all'): Promise<void> {
  for (const file of schemaFiles(folder)) {
    const name = path.basename(file, '.cypher');
    const statements = schemaStatements(readFileSync(file, 'utf8'));
    // One schema command per transaction: Neo4j refuses schema and data writes in one transaction,
    // and a failure then names the one statement at fault.
    for (const [index, cypher] of statements.entries()) {
      if (part === 'constraints' && !CONSTRAINT.test(cypher)) continue;
      await runner.write({ name: `schema.${name}.${index + 1}`, cypher, params: {} });
    }
  }
  await runner.write({
    name: 'schema.awaitIndexes',
    // A literal, not a parameter: JS numbers arrive as floats and the procedure takes an INTEGER.
    // Populating the indexes of a freshly bulk-loaded million entities takes minutes, not seconds.
    cypher: `CALL db.awaitIndexes(${AWAIT_INDEXES_SECONDS})`,
    params: {},
  });
}
