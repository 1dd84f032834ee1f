import type { EventCategory } from './enums';
import type { CypherRunner } from './cypher-runner';
import { liveEntity, liveRelationship } from './live';
import { decodeList } from './plan/fields/lists';
import { evidenceParams, evidencePredicate, type Evidence, type SystemTime } from './relationship-filter';
import { newCompiler, runPlanned, type PlannedQuery } from './plan/run';
import type { TypeSelection } from './plan/selection';
import { int } from './values';

export interface TimelineFilter extends Evidence, SystemTime {
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

/** `timeline`: the events in date order, each projected as selected; null when `entityId` names no entity. */
export function timelineQuery(filter: TimelineFilter, selection: TypeSelection): PlannedQuery<object[] | null> {
  const compiler = newCompiler(filter.knownAt ?? null);
  const known = compiler.knownAtParam;
  const events = filter.entityId === null ? 'MATCH (e:Event)' : `MATCH (:Entity {id: $entityId})-[link WHERE ${liveRelationship('link', known)}]-(e:Event)`;
  const event = compiler.entity('e', selection);
  // An event's own sources are the evidence that it happened.
  const evidence = evidencePredicate('e', filter, 'evidence');
  return {
    query: {
      name: 'timeline',
      cypher: `OPTIONAL MATCH (anchor:Entity {id: $entityId}) WHERE ${liveEntity('anchor', known)}
WITH anchor WHERE $entityId IS NULL OR anchor IS NOT NULL
CALL () {
  ${events}
  WHERE ${liveEntity('e', known)} AND ($categories IS NULL OR e.category IN $categories)
    AND ($to IS NULL OR e.startDate <= date($to))${evidence === null ? '' : `\n    AND ${evidence}`}
  WITH DISTINCT e, ${EVENT_END} AS end
  WHERE $from IS NULL OR end >= date($from)
  WITH e ORDER BY e.startDate, e.name, e.id LIMIT $first
  RETURN collect(${event.cypher}) AS events
}
RETURN events`,
      params: {
        ...compiler.params,
        entityId: filter.entityId,
        from: filter.from,
        to: filter.to,
        categories: filter.categories === null ? null : [...filter.categories],
        first: int(filter.first),
        ...evidenceParams(filter, 'evidence'),
      },
    },
    decode: (result) => (result.records.length === 0 ? null : decodeList(event.decode)(result.records[0].get('events'))),
  };
}

export class TimelineRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** The events in date order; null when `entityId` names no entity. */
  events(filter: TimelineFilter, selection: TypeSelection): Promise<object[] | null> {
    return runPlanned(this.runner, timelineQuery(filter, selection));
  }
}
