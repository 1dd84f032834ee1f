/** The description of every `knownAt` argument. */
export const KNOWN_AT =
  'System time: the answer as the graph stood at this moment (to the millisecond). Facts recorded after it are absent, facts retracted after it present, properties as they were then. Left out: now.';
