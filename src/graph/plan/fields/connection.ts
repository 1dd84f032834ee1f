import { encodeCursor, type CursorValue } from '../../cursor';
import { toNumber } from '../../values';
import type { Compiled } from '../compile';
import { withPlanned } from '../planned';
import { fieldsFor, type FieldSelection, type TypeSelection } from '../selection';

/*
 * Relay connections, planned: the page is cut (a seek past the cursor's key, ORDER BY ... LIMIT)
 * before any field beneath an edge is read, the total is a COUNT only when `totalCount` is selected,
 * and `hasNextPage` reads one item more than the page. Each item returns its sort key, which becomes
 * its edge's cursor.
 */

export interface PageWindow {
  /** The sort key of the `after` cursor's edge; null for the first page. */
  after: CursorValue[] | null;
  first: number;
}

/** The Cypher key under which each item returns its sort key. */
const CURSOR_KEY = '_cursor';

export interface PlannedConnection {
  /** The Cypher map each item of the page returns: every selected edge field under `edges-key.field-key`. */
  readonly item: string;
  /** False when nothing selected needs the page's items (only `totalCount`). */
  readonly needsPage: boolean;
  /** True when `totalCount` is selected. */
  readonly needsTotal: boolean;
  /** How many items to read: the page, or one more to learn `hasNextPage`. */
  readonly limit: number;
  /** The connection object from the page's items and the total (null when not counted). */
  decode(page: unknown, total: unknown): object;
}

/** Compiles a connection field from its selection; `edgeField` compiles `node` (and `other`) of an edge over the item's variables. */
export function planConnection(
  selection: TypeSelection | null,
  names: { connection: string; edge: string; cursorKind: string; /** Cypher list: the item's sort key. */ cursorKey: string },
  window: PageWindow,
  edgeField: (edgeFieldSelection: FieldSelection) => Compiled | undefined,
): PlannedConnection {
  const connectionFields = selection === null ? [] : fieldsFor(selection, names.connection);
  const parts: string[] = [`${CURSOR_KEY}: ${names.cursorKey}`];
  const edgeDecoders: Array<{ edgesKey: string; fields: Array<{ key: string; compiled: Compiled | null }> }> = [];
  let needsPage = false;
  let needsTotal = false;
  let needsNext = false;
  for (const connectionField of connectionFields) {
    if (connectionField.name === 'totalCount') needsTotal = true;
    if (connectionField.name === 'pageInfo') {
      needsPage = true;
      if (connectionField.selection !== null && fieldsFor(connectionField.selection, 'PageInfo').some((f) => f.name === 'hasNextPage')) needsNext = true;
    }
    if (connectionField.name !== 'edges' || connectionField.selection === null) continue;
    needsPage = true;
    const fields = fieldsFor(connectionField.selection, names.edge).map((edgeFieldSelection) => {
      const compiled = edgeFieldSelection.selection === null ? null : edgeField(edgeFieldSelection) ?? null;
      if (compiled !== null) parts.push(`\`${connectionField.key}.${edgeFieldSelection.key}\`: ${compiled.cypher}`);
      return { key: edgeFieldSelection.key, compiled };
    });
    edgeDecoders.push({ edgesKey: connectionField.key, fields });
  }
  const limit = window.first + (needsNext ? 1 : 0);
  return {
    item: `{ ${parts.join(', ')} }`,
    needsPage,
    needsTotal,
    limit,
    decode(page, total) {
      const raw = Array.isArray(page) ? (page as Array<Record<string, unknown>>) : [];
      const totalCount = needsTotal ? toNumber(total) : null;
      const items = raw.slice(0, window.first);
      const hasNextPage = raw.length > window.first;
      const cursors = items.map((item) => encodeCursor(names.cursorKind, item[CURSOR_KEY] as CursorValue[]));
      const planned: Record<string, unknown> = {};
      for (const { edgesKey, fields } of edgeDecoders) {
        planned[edgesKey] = items.map((item, index) => {
          const edgePlanned: Record<string, unknown> = {};
          for (const { key, compiled } of fields) {
            if (compiled !== null) edgePlanned[key] = compiled.decode(item[`${edgesKey}.${key}`]);
          }
          return withPlanned({ cursor: cursors[index] }, edgePlanned);
        });
      }
      for (const connectionField of connectionFields) {
        if (connectionField.name !== 'pageInfo') continue;
        planned[connectionField.key] = {
          hasNextPage,
          hasPreviousPage: window.after !== null,
          startCursor: cursors[0] ?? null,
          endCursor: cursors.at(-1) ?? null,
        };
      }
      return withPlanned({ totalCount }, planned);
    },
  };
}
