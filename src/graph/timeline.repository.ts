import type { EventCategory } from '../schema/enums';
import type { CypherQuery, CypherRunner } from './cypher-runner';
import { liveEntity, liveRelationship } from './live';
import { entityProjection, toEntityRecord, type EntityRecord } from './records';
import { int } from './values';

export interface TimelineFilter {
  /** Only events linked to this entity by any relationship, either way. */
  entityId: string | null;
  /** "YYYY-MM-DD" bounds, inclusive; an event counts when its period overlaps them. */
  from: string | null;
  to: string | null;
  categories: readonly EventCategory[] | null;
  first: number;
}

/*
 * An event's period runs from startDate to the last day of its end (endDate, or startDate when it has
 * none) at that date's precision: an event dated "2023-03" overlaps a range starting 2023-03-15.
 */
const EVENT_END = `CASE coalesce(e.endDatePrecision, e.datePrecision)
    WHEN 'YEAR' THEN date.truncate('year', coalesce(e.endDate, e.startDate)) + duration('P1Y') - duration('P1D')
    WHEN 'MONTH' THEN date.truncate('month', coalesce(e.endDate, e.startDate)) + duration('P1M') - duration('P1D')
    ELSE coalesce(e.endDate, e.startDate) END`;

export function timelineQuery(filter: TimelineFilter): CypherQuery {
  const events = filter.entityId === null ? 'MATCH (e:Event)' : `MATCH (:Entity {id: $entityId})-[link WHERE ${liveRelationship('link')}]-(e:Event)`;
  return {
    name: 'timeline',
    cypher: `OPTIONAL MATCH (anchor:Entity {id: $entityId}) WHERE ${liveEntity('anchor')}
WITH anchor WHERE $entityId IS NULL OR anchor IS NOT NULL
CALL () {
  ${events}
  WHERE ${liveEntity('e')} AND ($categories IS NULL OR e.category IN $categories)
    AND ($to IS NULL OR e.startDate <= date($to))
  WITH DISTINCT e, ${EVENT_END} AS end
  WHERE $from IS NULL OR end >= date($from)
  WITH e ORDER BY e.startDate, e.name, e.id LIMIT $first
  RETURN collect(${entityProjection('e')}) AS events
}
RETURN events`,
    params: { entityId: filter.entityId, from: filter.from, to: filter.to, categories: filter.categories === null ? null : [...filter.categories], first: int(filter.first) },
  };
}

export class TimelineRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** The events in date order; null when `entityId` names no entity. */
  async events(filter: TimelineFilter): Promise<EntityRecord[] | null> {
    const result = await this.runner.read(timelineQuery(filter));
    if (result.records.length === 0) return null;
    return (result.records[0].get('events') as Array<Record<string, unknown>>).map(toEntityRecord);
  }
}
