import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFileInput } from './seed-format';
import { SeedValidationError } from './seed-problems';

/**
 * Reads every `*.json` directly in `folder` (sorted, so messages and load order are stable; not
 * recursive, so a folder of drafts or fixtures below it is never loaded by accident).
 * Every file that is not valid JSON is reported, each by name, in one SeedValidationError.
 */
export function readSeedFolder(folder: string): SeedFileInput[] {
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  const problems: string[] = [];
  const files: SeedFileInput[] = [];
  for (const name of names) {
    const path = join(folder, name);
    try {
      files.push({ path, content: JSON.parse(readFileSync(path, 'utf8')) as unknown });
    } catch (error) {
      problems.push(`${path}: not valid JSON: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return files;
}
