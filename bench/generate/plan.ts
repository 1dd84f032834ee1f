import { EntityType } from '../../src/schema/enums';

/**
 * How many entities of each kind a graph of `total` has, and their ids. Counts follow a news graph:
 * many people and events, fewer organizations, a bounded set of countries, few sources. Ids are
 * `<kind>-<index>`; index 0 of every kind is its biggest hub (see Random.skewed).
 */

export const KIND_ORDER: readonly EntityType[] = [
  EntityType.SOURCE,
  EntityType.COUNTRY,
  EntityType.TOPIC,
  EntityType.PRODUCT,
  EntityType.ORGANIZATION,
  EntityType.EVENT,
  EntityType.PERSON,
];

const PREFIX: Readonly<Record<EntityType, string>> = {
  [EntityType.SOURCE]: 'source',
  [EntityType.COUNTRY]: 'country',
  [EntityType.TOPIC]: 'topic',
  [EntityType.PRODUCT]: 'product',
  [EntityType.ORGANIZATION]: 'org',
  [EntityType.EVENT]: 'event',
  [EntityType.PERSON]: 'person',
};

export interface GraphPlan {
  seed: number;
  total: number;
  counts: Readonly<Record<EntityType, number>>;
}

export function planGraph(total: number, seed: number): GraphPlan {
  if (!Number.isInteger(total) || total < 1000) throw new RangeError(`scale must be an integer of at least 1000, got ${total}`);
  const share = (fraction: number, min: number): number => Math.max(min, Math.round(total * fraction));
  const counts = {
    [EntityType.SOURCE]: share(0.01, 5),
    // A bounded world: 250 countries at most, whatever the scale.
    [EntityType.COUNTRY]: Math.min(250, share(0.005, 20)),
    [EntityType.TOPIC]: share(0.03, 12),
    [EntityType.PRODUCT]: share(0.05, 10),
    [EntityType.ORGANIZATION]: share(0.15, 10),
    [EntityType.EVENT]: share(0.3, 10),
    [EntityType.PERSON]: 0,
  };
  counts[EntityType.PERSON] = total - Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { seed, total, counts };
}

export function entityId(type: EntityType, index: number): string {
  return `${PREFIX[type]}-${index}`;
}
