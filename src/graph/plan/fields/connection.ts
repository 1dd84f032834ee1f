import { encodeCursor, type CursorValue } from '../../cursor';
import { toNumber } from '../../values';
import type { Compiled } from '../compile';
import { plannedFields, withPlanned } from '../planned';
import { fieldsFor, type FieldSelection, type TypeSelection } from '../selection';

/*
 * Relay connections, planned: the page is cut (a seek past the cursor's key, ORDER BY ... LIMIT)
 * before any field beneath an edge is read, the total is a COUNT only when `totalCount` is selected,
 * and `hasNextPage` reads one item more than the page. Each item is a list: its sort key first, which
 * becomes its edge's cursor, when a cursor is selected (an edge's `cursor`, `startCursor` or
 * `endCursor`), then every selected edge field, by position.
 */

export interface PageWindow {
  /** The sort key of the `after` cursor's edge; null for the first page. */
  after: CursorValue[] | null;
  first: number;
}

export interface PlannedConnection {
  /** The Cypher list each item of the page returns: its sort key when a cursor is selected, then every selected edge field. */
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
  const parts: string[] = [];
  const edgeDecoders: Array<{ edgesKey: string; fields: Array<{ key: string; compiled: Compiled; slot: number }> }> = [];
  let needsPage = false;
  let needsTotal = false;
  let needsNext = false;
  let needsCursor = false;
  for (const connectionField of connectionFields) {
    if (connectionField.name === 'totalCount') needsTotal = true;
    if (connectionField.name === 'pageInfo') {
      needsPage = true;
      const pageInfo = connectionField.selection === null ? [] : fieldsFor(connectionField.selection, 'PageInfo');
      if (pageInfo.some((f) => f.name === 'hasNextPage')) needsNext = true;
      if (pageInfo.some((f) => f.name === 'startCursor' || f.name === 'endCursor')) needsCursor = true;
    }
    if (connectionField.name !== 'edges' || connectionField.selection === null) continue;
    needsPage = true;
    const fields: Array<{ key: string; compiled: Compiled; slot: number }> = [];
    for (const edgeFieldSelection of fieldsFor(connectionField.selection, names.edge)) {
      if (edgeFieldSelection.name === 'cursor') needsCursor = true;
      const compiled = edgeFieldSelection.selection === null ? undefined : edgeField(edgeFieldSelection);
      if (compiled === undefined) continue;
      fields.push({ key: edgeFieldSelection.key, compiled, slot: parts.length });
      parts.push(compiled.cypher);
    }
    edgeDecoders.push({ edgesKey: connectionField.key, fields });
  }
  // The sort key goes first when it is read, so the edge fields sit one slot further.
  const shift = needsCursor ? 1 : 0;
  const limit = window.first + (needsNext ? 1 : 0);
  return {
    item: `[${needsCursor ? [names.cursorKey, ...parts].join(', ') : parts.join(', ')}]`,
    needsPage,
    needsTotal,
    limit,
    decode(page, total) {
      const raw = Array.isArray(page) ? (page as unknown[][]) : [];
      const totalCount = needsTotal ? toNumber(total) : null;
      const items = raw.slice(0, window.first);
      const hasNextPage = raw.length > window.first;
      const cursors = needsCursor ? items.map((item) => encodeCursor(names.cursorKind, item[0] as CursorValue[])) : [];
      const planned = plannedFields();
      for (const { edgesKey, fields } of edgeDecoders) {
        planned[edgesKey] = items.map((item, index) => {
          const edgePlanned = plannedFields();
          for (const { key, compiled, slot } of fields) edgePlanned[key] = compiled.decode(item[shift + slot]);
          return withPlanned({ cursor: cursors[index] ?? null }, edgePlanned);
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
