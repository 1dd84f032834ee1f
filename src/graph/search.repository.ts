import { EntityType, LABEL_OF_TYPE, MatchKind } from './enums';
import type { CypherQuery, CypherRunner } from './cypher-runner';
import { liveEntity } from './live';
import { newCompiler } from './plan/run';
import type { TypeSelection } from './plan/selection';
import { int, toNumber, toStringList } from './values';

/** The two full-text indexes of schema/003-fulltext.cypher (why two: see that file). */
export const SEARCH_INDEXES = { latin: 'entity_search', cjk: 'entity_search_cjk' } as const;

/*
 * An exact name or alias match must rank first, but Lucene cannot tell "equal" from "contains" and
 * Cypher cannot fold diacritics, so the exact check runs here on a window of the best hits. The
 * whole-text phrase clause puts an exact match near the top, so a small window is enough.
 */
const EXACT_MATCH_WINDOW = 20;

/** What the ranking reads of a hit: the entity's spellings and the index's score. */
export interface RankedHit {
  entity: { id: string; name: string; aliases: readonly string[] };
  score: number;
}

// Every character the classic Lucene query parser treats as syntax (`&&` and `||` escape char by char).
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/** Backslash before every Lucene special character: the text becomes literal terms. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * Lower case without diacritics, compatibility forms unified (full-width Latin, half-width kana) and
 * spaces collapsed. Lucene's wildcard terms skip the analyzer's folding, so the query is folded here;
 * the same folding decides exact matches. Only Latin combining marks go, so kana keep their voicing.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edits forgiven in a Latin word, as Elasticsearch's AUTO fuzziness: none up to 2 letters. */
function fuzziness(word: string): number {
  const length = [...word].length;
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

function phrase(text: string, boost: number): string {
  return `"${escapeLucene(text)}"^${boost}`;
}

/**
 * The Lucene query for user text, or null when nothing is left to search. Lower-casing first turns
 * AND/OR/NOT into plain words. A Latin word matches as itself, as a prefix and with small typos; any
 * other word (Japanese, or with punctuation such as "GPT-4") is a phrase, so "河野" cannot match a
 * lone 野 in the standard index. The whole text as a phrase lifts complete matches.
 */
export function buildSearchQuery(text: string, { fuzzy = true }: { fuzzy?: boolean } = {}): string | null {
  const folded = foldText(text);
  const words = folded.split(' ').filter((word) => word !== '');
  if (words.length === 0) return null;
  const clauses: string[] = [];
  if (words.length > 1) clauses.push(phrase(folded, 4));
  for (const word of words) {
    if (CJK.test(word) || !PLAIN_WORD.test(word)) {
      clauses.push(phrase(word, 3));
      continue;
    }
    clauses.push(`${word}^3`);
    if ([...word].length >= 2) clauses.push(`${word}*^2`);
    const edits = fuzzy ? fuzziness(word) : 0;
    if (edits > 0) clauses.push(`${word}~${edits}`);
  }
  return clauses.join(' ');
}

/**
 * Both indexes, each filtered by kind and cut to `candidates` in score order, merged by best score.
 * Each candidate comes with its spellings, for the ranking here, and `hit`, the planned projection of
 * what the client selected (a Cypher map over `node`).
 *
 * Typos cost the most: a fuzzy term walks every indexed term within its edit distance, and there are
 * more of those the larger the graph. So `lucene` is asked first without them; `fuzzyLucene` (the same
 * query with the typo clauses) runs on the Latin index only when the first found fewer than
 * `candidates`, in the same query. A text with hits enough of its own exact and prefix matches then
 * costs no fuzzy expansion, and a misspelled one (which finds little) still finds its entity. Scores of
 * the two queries agree for a hit both find (the fuzzy query only adds clauses), so the best is kept.
 */
export function searchQuery(
  lucene: string,
  types: readonly EntityType[] | null,
  candidates: number,
  hit = '{}',
  knownAtParam: string | null = null,
  fuzzyLucene: string | null = null,
): CypherQuery {
  const labels = types === null || types.length === 0 ? null : [...new Set(types.map((type) => LABEL_OF_TYPE[type]))];
  const branch = (index: string, query = '$lucene') => `CALL db.index.fulltext.queryNodes(${index}, ${query}) YIELD node, score
  WHERE ${liveEntity('node', knownAtParam)} AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
  RETURN node, score
  LIMIT $candidates`;
  const fuzzy = fuzzyLucene === null || fuzzyLucene === lucene
    ? ''
    : `
WITH collect({node: node, score: score}) AS strict
CALL (strict) {
  UNWIND strict AS found
  RETURN found.node AS node, found.score AS score
  UNION ALL
  WITH strict WHERE size(strict) < $candidates
  ${branch('$latinIndex', '$fuzzyLucene')}
}`;
  return {
    name: 'search.fulltext',
    cypher: `CALL {
  ${branch('$latinIndex')}
  UNION ALL
  ${branch('$cjkIndex')}
}${fuzzy}
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $candidates
RETURN node.id AS id, node.name AS name, node.aliases AS aliases, score, ${hit} AS hit`,
    // LIMIT takes only a Cypher integer; a JS number arrives as a float.
    params: { lucene, fuzzyLucene, labels, candidates: int(candidates), latinIndex: SEARCH_INDEXES.latin, cjkIndex: SEARCH_INDEXES.cjk },
  };
}

function spellings(entity: RankedHit['entity']): string[] {
  return [entity.name, ...entity.aliases].map(foldText);
}

/** True when the folded text equals the entity's name or one of its aliases, folded the same way. */
export function isExactMatch(entity: RankedHit['entity'], foldedText: string): boolean {
  return spellings(entity).includes(foldedText);
}

/**
 * Exact matches first, then by score; equal scores (prefix clauses score a constant) go to the entity
 * with a spelling that starts with the text, so "kish" puts Kishida before a meeting named after him.
 * Exact matches' scores are lifted above every other hit so the order and the scores agree.
 */
export function rankHits<H extends RankedHit>(hits: readonly H[], text: string, first: number): H[] {
  const folded = foldText(text);
  const top = Math.max(0, ...hits.map((hit) => hit.score));
  const startsWith = (hit: H) => (spellings(hit.entity).some((s) => s.startsWith(folded)) ? 1 : 0);
  return hits
    .map((hit) => (isExactMatch(hit.entity, folded) ? { ...hit, score: hit.score + top } : hit))
    .sort((a, b) => b.score - a.score || startsWith(b) - startsWith(a) || a.entity.id.localeCompare(b.entity.id))
    .slice(0, first);
}

// Words of a folded spelling: spaces, and the separators of names in either script (サム・アルトマン).
const WORD_BREAK = /[\s\u30fb\u00b7\-,.'\u2019/]+/u;

/** Edits (insertions, deletions, substitutions) between two strings, by code point. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length];
}

/**
 * Which of the entity's name and aliases matched the text, and how: the search index says that an
 * entity matched, not through which spelling, so the spellings are compared here, folded as the index
 * folds them. A prefix of any word counts as PREFIX ("kish" of "Fumio Kishida"); otherwise the spelling
 * (or word) with the fewest edits is the FUZZY match ("altmann" of "Sam Altman").
 */
export function matchOf(entity: RankedHit['entity'], text: string): { matched: string; matchKind: MatchKind } {
  const folded = foldText(text);
  const queryWords = folded.split(' ');
  const spellings = [entity.name, ...entity.aliases].map((spelling) => ({ spelling, folded: foldText(spelling) }));
  const exact = spellings.find((candidate) => candidate.folded === folded);
  if (exact !== undefined) return { matched: exact.spelling, matchKind: MatchKind.EXACT };
  const prefix = spellings.find((candidate) => {
    const words = candidate.folded.split(WORD_BREAK);
    return candidate.folded.startsWith(folded) || queryWords.every((query) => words.some((word) => word.startsWith(query)));
  });
  if (prefix !== undefined) return { matched: prefix.spelling, matchKind: MatchKind.PREFIX };
  const distance = (candidate: { folded: string }) =>
    Math.min(editDistance(candidate.folded, folded), ...candidate.folded.split(WORD_BREAK).map((word) => editDistance(word, folded)));
  const closest = spellings.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
  return { matched: closest.spelling, matchKind: MatchKind.FUZZY };
}

export class SearchRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** Entities whose name or aliases match `text`, best first, as the `SearchHit` selection asks. */
  async search(text: string, types: readonly EntityType[] | null, first: number, selection: TypeSelection, knownAt: Date | null = null): Promise<object[]> {
    const lucene = buildSearchQuery(text, { fuzzy: false });
    if (lucene === null) return [];
    const compiler = newCompiler(knownAt);
    const hit = compiler.valueObject(selection, 'SearchHit', {}, { entity: (field) => compiler.entity('node', field.selection!) });
    const query = searchQuery(lucene, types, first + EXACT_MATCH_WINDOW, hit.cypher, compiler.knownAtParam, buildSearchQuery(text));
    const result = await this.runner.read({ ...query, params: { ...compiler.params, ...query.params } });
    const hits = result.records.map((record) => ({
      entity: { id: record.get('id') as string, name: String(record.get('name') ?? record.get('id')), aliases: toStringList(record.get('aliases')) },
      score: toNumber(record.get('score')),
      hit: record.get('hit') as unknown,
    }));
    return rankHits(hits, text, first).map((ranked) => Object.assign(hit.decode(ranked.hit), { score: ranked.score }, matchOf(ranked.entity, text)));
  }
}
