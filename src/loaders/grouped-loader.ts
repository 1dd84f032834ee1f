import DataLoader from 'dataloader';

/**
 * A DataLoader for keys that are an entity id plus arguments. Sibling fields in one GraphQL response
 * usually share their arguments, so the batch is split by the arguments and each group becomes one
 * `UNWIND $ids` query: round trips grow with the number of distinct argument sets, never with ids.
 */
export function createGroupedLoader<Args, Value>(
  loadGroup: (ids: readonly string[], args: Args) => Promise<Map<string, Value>>,
  missing: Value,
): DataLoader<{ id: string; args: Args }, Value, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { args: Args; ids: string[] }>();
      for (const key of keys) {
        const signature = JSON.stringify(key.args);
        const group = groups.get(signature) ?? { args: key.args, ids: [] };
        group.ids.push(key.id);
        groups.set(signature, group);
      }
      const results = new Map<string, Map<string, Value>>();
      await Promise.all(
        [...groups].map(async ([signature, group]) => results.set(signature, await loadGroup(group.ids, group.args))),
      );
      return keys.map((key) => results.get(JSON.stringify(key.args))?.get(key.id) ?? missing);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.args]) },
  );
}
