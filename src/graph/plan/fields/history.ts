import { BOUNDS, withinBounds } from '../../bounds';
import { encodeCursor, keyAfter } from '../../cursor';
import { int, toNumber } from '../../values';
import type { Compiled, FieldFragment, PlanCompiler } from '../compile';
import { plannedFields, withPlanned } from '../planned';
import { fieldsFor, type TypeSelection } from '../selection';
import { revisionProjection } from './revision';

/*
 * The graph's memory, planned: `Entity.history`, `Relationship.history`, and the pages of revisions
 * that `history` and the change feed (`changes`, src/graph/history.repository.ts) share. A revision
 * itself is projected by revision.ts.
 */

/** Revisions of `history` unless asked; `changes` (the feed) pages 100 by default. */
export const HISTORY_DEFAULT = 20;
export const FEED_DEFAULT = 100;

type Raw = Record<string, unknown>;

export interface RevisionPage {
  /** Cypher of the page's items, sorted and cut, each `{seq, node}`; the revision variable is bound by the caller's match. */
  readonly item: string;
  readonly needsPage: boolean;
  readonly needsTotal: boolean;
  readonly limit: number;
  decode(page: unknown, total: unknown): object;
}

/**
 * A `RevisionConnection` over revisions bound to `rev`: `cursorOf` makes an item's cursor from
 * its revision's seq (history's and the feed's kinds differ), so a cursor still means "after this
 * revision" however many revisions are written meanwhile.
 */
export function revisionConnection(
  compiler: PlanCompiler,
  rev: string,
  selection: TypeSelection | null,
  window: { first: number; hasPrevious: boolean },
  cursorOf: (seq: number, index: number) => string,
): RevisionPage {
  const connectionFields = selection === null ? [] : fieldsFor(selection, 'RevisionConnection');
  let needsPage = false;
  let needsTotal = false;
  let needsNext = false;
  const nodes: Array<{ key: string; compiled: Compiled<object> }> = [];
  for (const field of connectionFields) {
    if (field.name === 'totalCount') needsTotal = true;
    if (field.name === 'pageInfo') {
      needsPage = true;
      if (field.selection !== null && fieldsFor(field.selection, 'PageInfo').some((f) => f.name === 'hasNextPage')) needsNext = true;
    }
    if (field.name !== 'edges' || field.selection === null) continue;
    needsPage = true;
    for (const edgeField of fieldsFor(field.selection, 'RevisionEdge')) {
      if (edgeField.name === 'node' && edgeField.selection !== null) nodes.push({ key: `${field.key}.${edgeField.key}`, compiled: revisionProjection(compiler, rev, edgeField.selection) });
    }
  }
  const limit = window.first + (needsNext ? 1 : 0);
  return {
    item: `{ seq: ${rev}.seq${nodes.map((node) => `, \`${node.key}\`: ${node.compiled.cypher}`).join('')} }`,
    needsPage,
    needsTotal,
    limit,
    decode(page, total) {
      const raw = Array.isArray(page) ? (page as Raw[]) : [];
      const items = raw.slice(0, window.first);
      const cursors = items.map((item, index) => cursorOf(toNumber(item.seq), index));
      const planned = plannedFields();
      for (const field of connectionFields) {
        if (field.name === 'edges' && field.selection !== null) {
          planned[field.key] = items.map((item, index) => {
            const edge = plannedFields();
            for (const edgeField of fieldsFor(field.selection!, 'RevisionEdge')) {
              const node = nodes.find((candidate) => candidate.key === `${field.key}.${edgeField.key}`);
              if (node !== undefined) edge[edgeField.key] = node.compiled.decode(item[node.key]);
            }
            return withPlanned({ cursor: cursors[index] }, edge);
          });
        }
        if (field.name === 'pageInfo') {
          planned[field.key] = {
            hasNextPage: raw.length > window.first,
            hasPreviousPage: window.hasPrevious,
            startCursor: cursors[0] ?? null,
            endCursor: cursors[cursors.length - 1] ?? null,
          };
        }
      }
      return withPlanned({ totalCount: needsTotal ? toNumber(total) : null }, planned);
    },
  };
}

/**
 * The Lucene query (a Cypher expression) for the `LoadedIds` nodes whose `field` list holds the id
 * `id`: one exact term, the keyword analyzer's, as a quoted phrase so `:` and `-` in ids are plain
 * characters; a quote or backslash, which no id has today, is escaped all the same.
 */
function loadedIdQuery(field: 'entityIds' | 'relationshipIds', id: string): string {
  return `'${field}:"' + replace(replace(${id}, '\\\\', '\\\\\\\\'), '"', '\\\\"') + '"'`;
}

/** A history cursor carries the seq of its revision: the next page is the older revisions (a seek, not an offset). */
export function historySeqAfter(after: string | null | undefined): number | null {
  const key = keyAfter('history', after, ['number']);
  return key === null ? null : (key[0] as number);
}

/**
 * The revisions that touched the entity or relationship in `v`, newest first: those with a change
 * record about it (an index on the record's target id) and seed loads naming it (the `loaded_ids`
 * full-text index over their `LoadedIds` nodes). With `knownAt` in force, only revisions made by
 * then: the history as it was known at that moment.
 */
function history(kind: 'ENTITY' | 'RELATIONSHIP'): FieldFragment {
  return (compiler, v, field) => {
    const first = withinBounds('first', (field.args.first as number | null | undefined) ?? HISTORY_DEFAULT, BOUNDS.first.max);
    const before = historySeqAfter(field.args.after as string | null | undefined);
    const rev = compiler.variable('x');
    const ids = kind === 'ENTITY' ? 'entityIds' : 'relationshipIds';
    const targetKind = compiler.param(kind);
    const when = compiler.knownAtParam === null ? '' : ` WITH ${rev} WHERE ${rev}.at <= ${compiler.knownAtParam}`;
    const loaded = compiler.variable('x');
    const revisions = `CALL (${v}) { ` +
      `MATCH (${rev}:Revision)-[:RECORDS]->(:RevisionChange {targetId: ${v}.id, targetKind: ${targetKind}}) RETURN DISTINCT ${rev} ` +
      `UNION CALL db.index.fulltext.queryNodes('loaded_ids', ${loadedIdQuery(ids, `${v}.id`)}) YIELD node AS ${loaded} ` +
      `MATCH (${rev}:Revision)-[:LOADED]->(${loaded}) RETURN ${rev} ` +
      // A seed load recorded before the LoadedIds nodes kept its ids on the revision itself.
      `UNION MATCH (${rev}:Revision {mutation: 'loadSeed'}) WHERE ${v}.id IN ${rev}.${ids} RETURN ${rev} }${when}`;
    const connection = revisionConnection(compiler, rev, field.selection, { first, hasPrevious: before !== null }, (seq) => encodeCursor('history', [seq]));
    const page = connection.needsPage
      ? `COLLECT { ${revisions} WITH ${rev}${before === null ? '' : ` WHERE ${rev}.seq < ${compiler.param(int(before))}`} ORDER BY ${rev}.seq DESC LIMIT ${compiler.param(int(connection.limit))} RETURN ${connection.item} }`
      : '[]';
    const total = connection.needsTotal ? `COUNT { ${revisions} RETURN ${rev} }` : 'null';
    return {
      cypher: `{ page: ${page}, total: ${total} }`,
      decode: (raw) => {
        const value = raw as { page: unknown; total: unknown };
        return connection.decode(value.page, value.total);
      },
    };
  };
}

export const HISTORY_FIELDS: ReadonlyArray<[string, FieldFragment]> = [
  ['Entity.history', history('ENTITY')],
  ['Relationship.history', history('RELATIONSHIP')],
];
