import { badUserInput } from '../errors';
import type { Evidence } from './relationship-filter';
import { BOUNDS } from './bounds';

/*
 * The evidence filters: every field that reads relationships (or, for `timeline`, events) can keep only
 * the facts resting on enough sources, or on given ones. "Which facts rest on one source only?" is
 * `minSources: 2` left out; "only what the article says" is `sources: ["article-id"]`.
 */

/** The evidence arguments, checked: BAD_USER_INPUT names the argument. */
export function evidenceOf(args: { minSources?: unknown; sources?: unknown }): Evidence {
  const minSources = (args.minSources as number | null | undefined) ?? null;
  const sources = (args.sources as string[] | null | undefined) ?? null;
  if (minSources !== null && (!Number.isInteger(minSources) || minSources < 1 || minSources > BOUNDS.first.max)) {
    throw badUserInput('minSources', `must be an integer from 1 to ${BOUNDS.first.max}, got ${minSources}`);
  }
  if (sources !== null && (sources.length === 0 || sources.length > BOUNDS.first.max)) {
    throw badUserInput('sources', `must name 1 to ${BOUNDS.first.max} sources, got ${sources.length}`);
  }
  return { minSources, sources };
}
