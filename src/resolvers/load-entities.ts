import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';

/**
 * An entity that a relationship points at. It exists unless the graph changed under the request, which
 * is a server-side inconsistency rather than a client mistake.
 */
export async function loadEntity({ loaders }: GraphContext, id: string): Promise<EntityRecord> {
  const entity = await loaders.entity.load(id);
  if (entity === null) throw new Error(`entity "${id}" vanished while the request was answered`);
  return entity;
}

/** Entities by id in the given order, leaving out ids that no longer exist. */
export async function loadEntities({ loaders }: GraphContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const loaded = await loaders.entity.loadMany(ids);
  return loaded.filter((entity): entity is EntityRecord => entity !== null && !(entity instanceof Error));
}
