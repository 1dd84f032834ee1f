import type DataLoader from 'dataloader';
import type { RelatedEdge, RelationshipPage, RelationshipRepository, RelationshipSelection } from '../graph/relationship.repository';
import { createGroupedLoader } from './grouped-loader';

export interface PageArgs extends RelationshipSelection {
  offset: number;
  first: number;
}

export interface RelatedArgs extends RelationshipSelection {
  limit: number;
}

export type RelationshipPageLoader = DataLoader<{ id: string; args: PageArgs }, RelationshipPage, string>;
export type RelatedLoader = DataLoader<{ id: string; args: RelatedArgs }, RelatedEdge[], string>;

/** Pages of `Entity.relationships` for every entity of a response level, one query per argument set. */
export function createRelationshipPageLoader(relationships: RelationshipRepository): RelationshipPageLoader {
  return createGroupedLoader<PageArgs, RelationshipPage>(
    (ids, { offset, first, ...selection }) => relationships.pages(ids, selection, offset, first),
    { edges: [], totalCount: 0 },
  );
}

/** The typed fields' relationships (Person.positions, Event.participants, ...), batched the same way. */
export function createRelatedLoader(relationships: RelationshipRepository): RelatedLoader {
  return createGroupedLoader<RelatedArgs, RelatedEdge[]>(
    (ids, { limit, ...selection }) => relationships.related(ids, selection, limit),
    [],
  );
}
