import type { GraphContext } from '../context';
import type { Evidence } from '../graph/relationship-filter';
import { Direction, RelationshipType } from '../schema/enums';
import type { Position } from '../schema/typed-fields.type';
import { relatedEdges } from './related';

/** HOLDS_POSITION relationships as positions, seen from the person (OUTGOING) or the organization (INCOMING). */
export async function positionsOf(
  context: GraphContext,
  entityId: string,
  direction: Direction.OUTGOING | Direction.INCOMING,
  asOf: string | null,
  evidence: Evidence = {},
): Promise<Position[]> {
  const edges = await relatedEdges(context, entityId, { types: [RelationshipType.HOLDS_POSITION], direction, asOf, ...evidence });
  return edges.map(({ relationship }) => ({
    title: relationship.title,
    since: relationship.since,
    until: relationship.until,
    relationship,
    personId: relationship.fromId,
    organizationId: relationship.toId,
  })) as unknown as Position[];
}
