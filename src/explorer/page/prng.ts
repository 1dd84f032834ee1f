/**
 * mulberry32: a tiny seeded generator. cytoscape's force layout starts from random positions; starting
 * it from seeded ones instead makes the same graph come out the same way every time (and in tests).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of every layout. */
export const LAYOUT_SEED = 20230410;
