import { EntityType, EventCategory, LABEL_OF_TYPE, OrganizationCategory } from '../schema/enums';
import type { CypherQuery, CypherRunner } from './cypher-runner';
import { liveEntity } from './live';
import { entityProjection, toEntityRecord, type EntityRecord } from './records';
import { int, toNumber } from './values';

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

export interface EntityListPage {
  entities: EntityRecord[];
  totalCount: number;
}

const SORT_KEYS: Record<EntityOrder, string> = {
  // Undated entities sort after dated ones; id breaks ties so pages never overlap.
  [EntityOrder.NAME]: 'e.name, e.id',
  [EntityOrder.DATE]: 'coalesce(e.startDate, e.publishedOn) IS NULL, coalesce(e.startDate, e.publishedOn), e.name, e.id',
};

/** A page of entities and the total, in one round trip: the count and the page are two subqueries. */
export function entityListQuery(filter: EntityFilter, order: EntityOrder, descending: boolean, offset: number, first: number): CypherQuery {
  const label = filter.type === null ? 'Entity' : LABEL_OF_TYPE[filter.type];
  if (label === undefined) throw new Error(`entity type "${String(filter.type)}" is not in the allow-list`);
  const match = `MATCH (e:${label})
    WHERE ${liveEntity('e')} AND ($categories IS NULL OR e.category IN $categories)
      AND ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix OR any(alias IN e.aliases WHERE toLower(alias) STARTS WITH $prefix))`;
  const direction = descending ? ' DESC' : '';
  const sort = SORT_KEYS[order].split(', ').map((key) => key + direction).join(', ');
  return {
    name: 'entities.page',
    cypher: `CALL () {
  ${match}
  RETURN count(e) AS total
}
CALL () {
  ${match}
  WITH e ORDER BY ${sort} SKIP $offset LIMIT $first
  RETURN collect(${entityProjection('e')}) AS page
}
RETURN total, page`,
    params: {
      categories: filter.categories === null ? null : [...filter.categories],
      prefix: filter.namePrefix === null ? null : filter.namePrefix.toLowerCase(),
      offset: int(offset),
      first: int(first),
    },
  };
}

export class EntityListRepository {
  constructor(private readonly runner: CypherRunner) {}

  async page(filter: EntityFilter, order: EntityOrder, descending: boolean, offset: number, first: number): Promise<EntityListPage> {
    const result = await this.runner.read(entityListQuery(filter, order, descending, offset, first));
    const record = result.records[0];
    return {
      entities: (record.get('page') as Array<Record<string, unknown>>).map(toEntityRecord),
      totalCount: toNumber(record.get('total')),
    };
  }
}
