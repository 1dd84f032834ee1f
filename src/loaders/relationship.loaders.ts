import type DataLoader from 'dataloader';
import type { CursorValue } from '../graph/cursor';
import type { EntityRecord } from '../graph/records';
import type { RelatedEdge, RelationshipPage, RelationshipRepository, RelationshipSelection } from '../graph/relationship.repository';
import { createGroupedLoader } from './grouped-loader';

export interface PageArgs extends RelationshipSelection {
  after: CursorValue[] | null;
  first: number;
}

export interface RelatedArgs extends RelationshipSelection {
  limit: number;
}

export type RelationshipPageLoader = DataLoader<{ id: string; args: PageArgs }, RelationshipPage, string>;
export type RelatedLoader = DataLoader<{ id: string; args: RelatedArgs }, RelatedEdge[], string>;

/** Told about every entity at the other end of a loaded relationship (the entity loader's `prime`). */
export type PrimeEntity = (entity: EntityRecord) => void;

/**
 * Pages of `Entity.relationships` for every entity of a response level, one query per argument set.
 * The other ends come with the page and go to `prime`, so `edges { other { ... } }` costs no round trip.
 */
export function createRelationshipPageLoader(relationships: RelationshipRepository, prime: PrimeEntity = () => undefined): RelationshipPageLoader {
  return createGroupedLoader<PageArgs, RelationshipPage>(async (ids, { after, first, ...selection }) => {
    const pages = await relationships.pages(ids, selection, after, first);
    for (const page of pages.values()) for (const edge of page.edges) prime(edge.other);
    return pages;
  }, { edges: [], totalCount: 0 });
}

/** The typed fields' relationships (Person.positions, Event.participants, ...), batched and primed the same way. */
export function createRelatedLoader(relationships: RelationshipRepository, prime: PrimeEntity = () => undefined): RelatedLoader {
  return createGroupedLoader<RelatedArgs, RelatedEdge[]>(async (ids, { limit, ...selection }) => {
    const related = await relationships.related(ids, selection, limit);
    for (const edges of related.values()) for (const edge of edges) prime(edge.other);
    return related;
  }, []);
}
