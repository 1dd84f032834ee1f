import { EntityType, EventCategory, LABEL_OF_TYPE, OrganizationCategory } from './enums';
import { planConnection, type PageWindow } from './plan/fields/connection';
import type { CypherRunner } from './cypher-runner';
import { liveEntity } from './live';
import { newCompiler, runPlanned, type PlannedQuery } from './plan/run';
import { afterKey } from './seek';
import { dateParam } from './relationship-filter';
import { keyAfter, type CursorValue } from './cursor';
import { badUserInput } from '../errors';
import type { TypeSelection } from './plan/selection';
import { int } from './values';

export enum EntityOrder {
  NAME = 'NAME',
  DATE = 'DATE',
}

export interface EntityFilter {
  type: EntityType | null;
  categories: ReadonlyArray<EventCategory | OrganizationCategory> | null;
  /** Case-insensitive prefix of the name or of an alias. */
  namePrefix: string | null;
}

/** One ordered run of the list: entities of `label` meeting `condition`, sorted by `key`. */
interface Run {
  label: string;
  condition: string;
  /** Sort key expressions over `e`, all non-null in this run. */
  key: string[];
  /** The cursor's key of an entity of this run, as a Cypher list. */
  cursor: string;
  /** Which positions of a cursor of this order the run's seek compares, and how its values become parameters. */
  seek: (after: CursorValue[]) => unknown[];
}

const NAME_KEY = ['e.name', 'e.id'];

/** `[name, id]` for NAME; `[undated, date, name, id]` for DATE, where undated entities come after dated ones. */
export function entityKeyAfter(order: EntityOrder, descending: boolean, after: string | null | undefined): CursorValue[] | null {
  const kind = `entities.${order}${descending ? '.DESC' : ''}`;
  return order === EntityOrder.NAME
    ? keyAfter(kind, after, ['string', 'string'])
    : keyAfter(kind, after, ['boolean', 'nullable-string', 'string', 'string']);
}

function dayOf(value: CursorValue): unknown {
  try {
    return dateParam(String(value));
  } catch {
    throw badUserInput('after', 'is not a cursor of this list');
  }
}

/**
 * The runs a list of `label` in `order` is made of, in ascending order. NAME is one run through the
 * name index. DATE is the events by start date and the sources by publication day (each through its
 * own index, merged), then the undated entities by name: a run is left out where the kind cannot
 * have entities in it (every event has a start date; only events and sources have dates).
 */
function runsOf(label: string, order: EntityOrder): { dated: Run[]; undated: Run[] } {
  if (order === EntityOrder.NAME) {
    return { dated: [], undated: [{ label, condition: 'e.name IS NOT NULL', key: NAME_KEY, cursor: '[e.name, e.id]', seek: (after) => after }] };
  }
  const datedRun = (runLabel: string, property: string): Run => ({
    label: runLabel,
    condition: `e.${property} IS NOT NULL`,
    key: [`e.${property}`, ...NAME_KEY],
    cursor: `[false, toString(e.${property}), e.name, e.id]`,
    seek: (after) => [dayOf(after[1]), after[2], after[3]],
  });
  const dated: Run[] = [];
  if (label === 'Entity' || label === 'Event') dated.push(datedRun('Event', 'startDate'));
  if (label === 'Entity' || label === 'Source') dated.push(datedRun('Source', 'publishedOn'));
  const undated: Run[] =
    label === 'Event'
      ? []
      : [{ label, condition: 'e.name IS NOT NULL AND e.startDate IS NULL AND e.publishedOn IS NULL', key: NAME_KEY, cursor: '[true, null, e.name, e.id]', seek: (after) => [after[2], after[3]] }];
  return { dated, undated };
}

/**
 * `entities`: a page of entities, and the total only when `totalCount` is selected. Pages are seeks:
 * each run of the order starts at the cursor's key through an index (or at its start), reads at most
 * a page, and the runs' pages are merged, so page 1 000 costs what page 1 costs. The page is sorted
 * and cut before anything selected beneath an entity is read.
 */
export function plannedEntityListQuery(
  filter: EntityFilter,
  order: EntityOrder,
  descending: boolean,
  window: PageWindow,
  selection: TypeSelection,
  knownAt: Date | null = null,
): PlannedQuery<object> {
  const label = filter.type === null ? 'Entity' : LABEL_OF_TYPE[filter.type];
  if (label === undefined) throw new Error(`entity type "${String(filter.type)}" is not in the allow-list`);
  const compiler = newCompiler(knownAt);
  const cursorKind = `entities.${order}${descending ? '.DESC' : ''}`;
  const connection = planConnection(selection, { connection: 'EntityConnection', edge: 'EntityEdge', cursorKind, cursorKey: 'key' }, window, (edgeField) =>
    edgeField.name === 'node' ? compiler.entity('e', edgeField.selection!) : undefined,
  );
  const filters = `${liveEntity('e', compiler.knownAtParam)} AND ($categories IS NULL OR e.category IN $categories)
      AND ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix OR any(alias IN e.aliases WHERE toLower(alias) STARTS WITH $prefix))`;
  const direction = descending ? ' DESC' : '';
  const { dated, undated } = runsOf(label, order);
  // Ascending, dated runs come first; descending, undated first. A cursor in the second half skips the first.
  const after = window.after;
  const cursorUndated = after !== null && (order === EntityOrder.NAME || after[0] === true);
  const [firstHalf, secondHalf] = descending ? [undated, dated] : [dated, undated];
  const cursorInFirstHalf = after !== null && cursorUndated === descending;
  const runs: Array<{ run: Run; seek: boolean }> = [
    ...(after !== null && !cursorInFirstHalf ? [] : firstHalf.map((run) => ({ run, seek: after !== null }))),
    ...secondHalf.map((run) => ({ run, seek: after !== null && !cursorInFirstHalf })),
  ];
  const branches = runs.map(({ run, seek }) => {
    let seekCondition = '';
    if (seek) {
      const values = run.seek(after!);
      const params = values.map(() => compiler.paramName());
      compiler.addParams(Object.fromEntries(params.map((name, index) => [name, values[index]])));
      seekCondition = ` AND ${afterKey(run.key, params, descending)}`;
    }
    return `MATCH (e:${run.label}) WHERE ${run.condition}${seekCondition} AND ${filters}
    WITH e ORDER BY ${run.key.map((k) => k + direction).join(', ')} LIMIT $first
    RETURN e, ${run.cursor} AS key`;
  });
  const merged = ['key[0]', 'key[1]', 'key[2]', 'key[3]'].slice(0, order === EntityOrder.NAME ? 2 : 4).map((k) => k + direction).join(', ');
  const total = connection.needsTotal ? `CALL () {
  MATCH (e:${label}) WHERE ${filters}
  RETURN count(e) AS total
}` : 'WITH null AS total';
  const page = connection.needsPage && branches.length > 0
    ? `CALL () {
  CALL () {
    ${branches.join('\n    UNION ALL\n    ')}
  }
  WITH e, key ORDER BY ${merged} LIMIT $first
  RETURN collect(${connection.item}) AS page
}`
    : 'WITH total, [] AS page';
  return {
    query: {
      name: 'entities',
      cypher: `${total}
${page}
RETURN total, page`,
      params: {
        ...compiler.params,
        categories: filter.categories === null ? null : [...filter.categories],
        prefix: filter.namePrefix === null ? null : filter.namePrefix.toLowerCase(),
        first: int(connection.limit),
      },
    },
    decode: (result) => connection.decode(result.records[0].get('page'), result.records[0].get('total')),
  };
}

export class EntityListRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** A page of `entities` as the `EntityConnection` selection asks. */
  page(filter: EntityFilter, order: EntityOrder, descending: boolean, window: PageWindow, selection: TypeSelection, knownAt: Date | null = null): Promise<object> {
    return runPlanned(this.runner, plannedEntityListQuery(filter, order, descending, window, selection, knownAt));
  }
}
