import { EntityType, MatchKind } from './enums';
import { foldWithOffsets, isAcronym, looksLikeName, occurrencesOf, reversedName } from './mention-text';
import { foldText } from './search.repository';

/*
 * From the entities the indexes proposed to the article's mentions, pure: where each spelling occurs,
 * which spans win (never overlapping, the longest first), and how sure each candidate is.
 */

/** An entity the indexes proposed, with what the score reads of the graph around it. */
export interface ProposedEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Relationships of the entity: the prior. */
  readonly degree: number;
  /** Ids of the other proposed entities it is related to: the coherence. */
  readonly neighbours: readonly string[];
}

/** One candidate of a span, scored. */
export interface LinkedCandidate {
  readonly id: string;
  readonly score: number;
  readonly matched: string;
  readonly matchKind: MatchKind;
}

/** A span of the article and its candidates, best first; `entityId` the sure one, or null. */
export interface LinkedMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly candidates: readonly LinkedCandidate[];
  readonly entityId: string | null;
}

/** A name's words the other way round score a little below the name as written. */
const BASE: Readonly<Record<string, number>> = { [MatchKind.EXACT]: 1, [MatchKind.REORDERED]: 0.9 };
/** Weights of the score's parts (README, "How a mention is scored"). */
const WEIGHT = { match: 0.7, coherence: 0.2, prior: 0.1 } as const;
/** Related mentioned entities that make coherence complete. */
const COHERENT_AT = 2;
/** How far ahead the best candidate must be for the mention to name it. */
const SURE_MARGIN = 0.02;

interface Hit {
  start: number;
  end: number;
  id: string;
  matched: string;
  matchKind: MatchKind;
}

/** Every occurrence of every spelling of every proposed entity (a person's two-word name also reversed). */
function hitsIn(text: string, entities: readonly ProposedEntity[]): Hit[] {
  const article = foldWithOffsets(text);
  const hits: Hit[] = [];
  const push = (at: { start: number; end: number }, hit: Omit<Hit, 'start' | 'end'>) => {
    if (looksLikeName(text.slice(at.start, at.end))) hits.push({ ...at, ...hit });
  };
  for (const entity of entities) {
    for (const spelling of new Set([entity.name, ...entity.aliases])) {
      const folded = foldText(spelling);
      const exactly = isAcronym(spelling) ? spelling : null;
      for (const at of occurrencesOf(article, text, folded, exactly)) push(at, { id: entity.id, matched: spelling, matchKind: MatchKind.EXACT });
      const reversed = entity.type === EntityType.PERSON && exactly === null ? reversedName(folded) : null;
      if (reversed === null) continue;
      for (const at of occurrencesOf(article, text, reversed)) push(at, { id: entity.id, matched: spelling, matchKind: MatchKind.REORDERED });
    }
  }
  return hits;
}

/**
 * Spans that do not overlap, longest first ("US Federal Trade Commission" over "US", 日本政府 over
 * 日本), then leftmost; each keeps every entity matched on exactly that span, its best spelling each.
 */
function chooseSpans(hits: readonly Hit[]): Array<{ start: number; end: number; hits: Hit[] }> {
  const bySpan = new Map<string, { start: number; end: number; hits: Hit[] }>();
  for (const hit of hits) {
    const key = `${hit.start}:${hit.end}`;
    const span = bySpan.get(key) ?? { start: hit.start, end: hit.end, hits: [] };
    const same = span.hits.findIndex((other) => other.id === hit.id);
    if (same < 0) span.hits.push(hit);
    else if (BASE[hit.matchKind] > BASE[span.hits[same].matchKind]) span.hits[same] = hit;
    bySpan.set(key, span);
  }
  const spans = [...bySpan.values()].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Array<{ start: number; end: number; hits: Hit[] }> = [];
  for (const span of spans) {
    if (taken.some((other) => span.start < other.end && other.start < span.end)) continue;
    taken.push(span);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The mentions of `text` among the proposed entities. A candidate's score is
 * `match x (0.7 + 0.2 coherence + 0.1 prior)`: match is 1 for the spelling as written (0.9 for a
 * name's words reversed); coherence is the share (full at two) of the article's other mentions that
 * have a candidate related to this one in the graph; prior is the entity's degree against the most
 * connected candidate of the same span (log scale). The mention names its best candidate when it is
 * the only one or leads the next by at least 0.02; else `entityId` is null and the candidates say why.
 */
export function linkMentions(text: string, entities: readonly ProposedEntity[]): LinkedMention[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const spans = chooseSpans(hitsIn(text, entities));
  const spansOf = new Map<string, number[]>();
  spans.forEach((span, index) => span.hits.forEach((hit) => spansOf.set(hit.id, [...(spansOf.get(hit.id) ?? []), index])));
  return spans.map((span, index) => {
    const ids = new Set(span.hits.map((hit) => hit.id));
    const maxDegree = Math.max(...span.hits.map((hit) => byId.get(hit.id)!.degree));
    const candidates = span.hits
      .map((hit) => {
        const entity = byId.get(hit.id)!;
        const relatedSpans = new Set<number>();
        for (const neighbour of entity.neighbours) {
          if (!ids.has(neighbour)) for (const at of spansOf.get(neighbour) ?? []) if (at !== index) relatedSpans.add(at);
        }
        const related = relatedSpans.size;
        const coherence = Math.min(1, related / COHERENT_AT);
        const prior = maxDegree === 0 ? 1 : Math.log1p(entity.degree) / Math.log1p(maxDegree);
        const score = BASE[hit.matchKind] * (WEIGHT.match + WEIGHT.coherence * coherence + WEIGHT.prior * prior);
        return { id: hit.id, score: Math.round(score * 10_000) / 10_000, matched: hit.matched, matchKind: hit.matchKind };
      })
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const sure = candidates.length === 1 || candidates[0].score - candidates[1].score >= SURE_MARGIN;
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end), candidates, entityId: sure ? candidates[0].id : null };
  });
}
