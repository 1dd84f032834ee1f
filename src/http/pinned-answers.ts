import { Kind, OperationTypeNode, valueFromASTUntyped, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/*
 * Which answers can never change: those pinned in system time (`knownAt`) to a moment every write
 * that could still show at it has committed by. A write stamps its facts (`recordedAt`) when its
 * statements run, between its transaction's start and its commit, and no transaction outlives its
 * timeout; so once `settleMs` (longer than any write transaction may run) has passed after a moment,
 * no commit can add, retract or change a fact as known at that moment. Erasure is the exception the
 * README explains: it rewrites the past on purpose.
 *
 * Parts of the API do not turn back with `knownAt` (docs/history.md): search matches today's names,
 * `timeline` filters on today's dates, and `asOf`, `minSources`, `sources` and `namePrefix` filter on
 * current dates, sources and names. An operation that uses any of them is revalidated like any other.
 */

/** Root fields that read through `knownAt` whole. */
const PINNABLE_ROOTS: ReadonlySet<string> = new Set(['entity', 'entities', 'neighborhood', 'shortestPath', 'paths']);
/** Fields whose answer depends on the graph as it is now whatever `knownAt` says. */
const UNPINNED_FIELDS: ReadonlySet<string> = new Set(['search', 'timeline', 'changes', 'revision']);
/** Arguments that filter on current values. */
const UNPINNED_ARGUMENTS: ReadonlySet<string> = new Set(['asOf', 'minSources', 'sources', 'namePrefix']);

/**
 * The latest `knownAt` of `operation` (epoch ms) when every root field is pinned by one and nothing in
 * it reads current values; null otherwise (then its answer may change with the next write).
 */
export function latestPinnedMoment(document: DocumentNode, operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>): number | null {
  if (operation.operation !== OperationTypeNode.QUERY) return null;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  let latest = -Infinity;
  let pinned = true;
  const visit = (selectionSet: SelectionSetNode, root: boolean, seen: ReadonlySet<string>): void => {
    for (const selection of selectionSet.selections) {
      if (!pinned) return;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, root, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // An unknown or cyclic spread fails validation before this runs; refuse rather than loop.
        if (fragment === undefined || seen.has(selection.name.value)) pinned = false;
        else visit(fragment, root, new Set([...seen, selection.name.value]));
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      if (UNPINNED_FIELDS.has(name) || (root && !PINNABLE_ROOTS.has(name)) || name.startsWith('__')) {
        pinned = false;
        return;
      }
      let moment: number | null = null;
      for (const argument of selection.arguments ?? []) {
        const value = valueFromASTUntyped(argument.value, variables);
        if (UNPINNED_ARGUMENTS.has(argument.name.value) && value !== null && value !== undefined) pinned = false;
        if (argument.name.value === 'knownAt' && value !== null && value !== undefined) {
          moment = typeof value === 'string' ? Date.parse(value) : NaN;
          if (Number.isNaN(moment)) pinned = false;
        }
      }
      if (root && moment === null) pinned = false;
      if (!pinned) return;
      if (moment !== null) latest = Math.max(latest, moment);
      if (selection.selectionSet !== undefined) visit(selection.selectionSet, false, seen);
    }
  };
  visit(operation.selectionSet, true, new Set());
  return pinned && Number.isFinite(latest) ? latest : null;
}
