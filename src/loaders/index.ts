import type DataLoader from 'dataloader';
import type { EntityRecord } from '../graph/records';
import type { Repositories } from '../graph/repositories';
import type { FactPage, FactSelection } from '../graph/source-facts.repository';
import { createEntityLoader } from './entity.loader';
import { createGroupedLoader } from './grouped-loader';
import {
  createRelatedLoader,
  createRelationshipPageLoader,
  type RelatedLoader,
  type RelationshipPageLoader,
} from './relationship.loaders';

/** The per-request loaders. Made fresh for every request: nothing cached outlives it. */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  relationshipPage: RelationshipPageLoader;
  related: RelatedLoader;
  facts: DataLoader<{ id: string; args: FactSelection }, FactPage, string>;
}

export function createLoaders(repositories: Repositories): Loaders {
  const entity = createEntityLoader(repositories.entities);
  // Relationship loaders read the other ends too; priming means resolving them costs no round trip.
  const prime = (record: EntityRecord): void => void entity.prime(record.id, record);
  return {
    entity,
    relationshipPage: createRelationshipPageLoader(repositories.relationships, prime),
    related: createRelatedLoader(repositories.relationships, prime),
    facts: createGroupedLoader((ids, args: FactSelection) => repositories.sourceFacts.pages(ids, args), { facts: [], totalCount: 0 }),
  };
}
