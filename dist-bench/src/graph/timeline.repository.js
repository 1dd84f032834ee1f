"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TimelineRepository = void 0;
exports.timelineQuery = timelineQuery;
const records_1 = require("./records");
const values_1 = require("./values");
/*
 * An event's period runs from startDate to the last day of its end (endDate, or startDate when it has
 * none) at that date's precision: an event dated "2023-03" overlaps a range starting 2023-03-15.
 */
const EVENT_END = `CASE coalesce(e.endDatePrecision, e.datePrecision)
    WHEN 'YEAR' THEN date.truncate('year', coalesce(e.endDate, e.startDate)) + duration('P1Y') - duration('P1D')
    WHEN 'MONTH' THEN date.truncate('month', coalesce(e.endDate, e.startDate)) + duration('P1M') - duration('P1D')
    ELSE coalesce(e.endDate, e.startDate) END`;
function timelineQuery(filter) {
    const events = filter.entityId === null ? 'MATCH (e:Event)' : 'MATCH (:Entity {id: $entityId})--(e:Event)';
    return {
        name: 'timeline',
        cypher: `OPTIONAL MATCH (anchor:Entity {id: $entityId})
WITH anchor WHERE $entityId IS NULL OR anchor IS NOT NULL
CALL () {
  ${events}
  WHERE ($categories IS NULL OR e.category IN $categories)
    AND ($to IS NULL OR e.startDate <= date($to))
  WITH DISTINCT e, ${EVENT_END} AS end
  WHERE $from IS NULL OR end >= date($from)
  WITH e ORDER BY e.startDate, e.name, e.id LIMIT $first
  RETURN collect(${(0, records_1.entityProjection)('e')}) AS events
}
RETURN events`,
        params: { entityId: filter.entityId, from: filter.from, to: filter.to, categories: filter.categories === null ? null : [...filter.categories], first: (0, values_1.int)(filter.first) },
    };
}
class TimelineRepository {
    runner;
    constructor(runner) {
        this.runner = runner;
    }
    /** The events in date order; null when `entityId` names no entity. */
    async events(filter) {
        const result = await this.runner.read(timelineQuery(filter));
        if (result.records.length === 0)
            return null;
        return result.records[0].get('events').map(records_1.toEntityRecord);
    }
}
exports.TimelineRepository = TimelineRepository;
