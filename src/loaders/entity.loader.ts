import DataLoader from 'dataloader';
import type { EntityRepository } from '../graph/entity.repository';
import type { EntityRecord } from '../graph/records';

/** Entities by id, batched into one `UNWIND $ids` query per tick; a missing id loads as null. */
export function createEntityLoader(entities: EntityRepository): DataLoader<string, EntityRecord | null> {
  return new DataLoader(async (ids) => {
    const found = await entities.byIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
