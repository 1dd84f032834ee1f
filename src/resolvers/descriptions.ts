/* Descriptions shared by the arguments of many fields. */

/** The description of every `knownAt` argument. */
export const KNOWN_AT =
  'System time: the answer as the graph stood at this moment (to the millisecond). Facts recorded after it are absent, facts retracted after it present, properties as they were then. Left out: now.';

/** The description of every `minSources` argument (the evidence filters, src/graph/evidence.ts). */
export const MIN_SOURCES = 'Only facts citing at least this many distinct sources (1 to 100).';

/** The description of every `sources` argument that filters facts. */
export const SOURCES = 'Only facts citing at least one of these sources (Source ids; 1 to 100 of them).';
