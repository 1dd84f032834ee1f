import type DataLoader from 'dataloader';
import type { EntityRecord } from '../graph/records';
import type { Repositories } from '../graph/repositories';
import { createEntityLoader } from './entity.loader';

/** The per-request loaders. Made fresh for every request: nothing cached outlives it. */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
}

export function createLoaders(repositories: Repositories): Loaders {
  return {
    entity: createEntityLoader(repositories.entities),
  };
}
