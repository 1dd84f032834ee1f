import { EntityType, EventCategory, LABEL_OF_TYPE, OrganizationCategory } from '../schema/enums';
import { planConnection, type PageWindow } from './plan/fields/connection';
import type { CypherRunner } from './cypher-runner';
import { liveEntity } from './live';
import { newCompiler, runPlanned, type PlannedQuery } from './plan/run';
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

const SORT_KEYS: Record<EntityOrder, string> = {
  // Undated entities sort after dated ones; id breaks ties so pages never overlap.
  [EntityOrder.NAME]: 'e.name, e.id',
  [EntityOrder.DATE]: 'coalesce(e.startDate, e.publishedOn) IS NULL, coalesce(e.startDate, e.publishedOn), e.name, e.id',
};

/**
 * `entities`: a page of entities, and the total only when `totalCount` is selected. The page is sorted
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
  const connection = planConnection(selection, { connection: 'EntityConnection', edge: 'EntityEdge', cursorKind: 'entities' }, window, (edgeField) =>
    edgeField.name === 'node' ? compiler.entity('e', edgeField.selection!) : undefined,
  );
  const match = `MATCH (e:${label})
    WHERE ${liveEntity('e', compiler.knownAtParam)} AND ($categories IS NULL OR e.category IN $categories)
      AND ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix OR any(alias IN e.aliases WHERE toLower(alias) STARTS WITH $prefix))`;
  const direction = descending ? ' DESC' : '';
  const sort = SORT_KEYS[order].split(', ').map((key) => key + direction).join(', ');
  const total = connection.needsTotal ? `CALL () {
  ${match}
  RETURN count(e) AS total
}` : 'WITH null AS total';
  const page = connection.needsPage
    ? `CALL () {
  ${match}
  WITH e ORDER BY ${sort} SKIP $offset LIMIT $first
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
        offset: int(window.offset),
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
