import { escapeLucene, foldText } from './search.repository';

/*
 * The text side of linking, pure: folding an article with a map back to its offsets, the segments
 * whose words are looked up in the full-text indexes, and where a known spelling occurs. Spellings are
 * folded exactly as `search` folds them (`foldText`), so both decide "equal" the same way.
 */

/** An article folded as `foldText` folds, with each folded UTF-16 unit's span in the original text. */
export interface FoldedText {
  readonly folded: string;
  /** Original offset where the grapheme that produced folded unit i starts. */
  readonly starts: readonly number[];
  /** Original offset where that grapheme ends (exclusive). */
  readonly ends: readonly number[];
}

/*
 * A character with what attaches to it: combining marks, variation selectors, half-width kana voicing
 * marks, and characters joined by a zero-width joiner (emoji sequences). An approximation of Unicode's
 * grapheme clusters that is linear: V8's Intl.Segmenter slows down quadratically on long texts (a
 * 100 000-character article took over a minute).
 */
const CLUSTER = /[^](?:\p{M}|\uff9e|\uff9f|\u200d[^])*/gsu;
const WHITESPACE = /^\s+$/u;

/**
 * Folds grapheme by grapheme, so every folded unit maps back to the grapheme it came from: a decomposed
 * "ō" (two units) or half-width "ｶﾞ" folds to one unit, and the span still covers both. Runs of
 * white space become one space, as `foldText` makes them.
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let previousSpace = false;
  for (const match of text.matchAll(CLUSTER)) {
    const segment = match[0];
    const index = match.index;
    const end = index + segment.length;
    if (WHITESPACE.test(segment)) {
      if (previousSpace) {
        ends[ends.length - 1] = end;
        continue;
      }
      folded += ' ';
      starts.push(index);
      ends.push(end);
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    // A lone combining mark folds to nothing: it joins no word.
    const piece = segment.length === 1 && segment < '\u0080' ? segment.toLowerCase() : foldText(segment);
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts.push(index);
      ends.push(end);
    }
    folded += piece;
  }
  return { folded, starts, ends };
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー・･々〆]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー・･々〆Ａ-Ｚａ-ｚ０-９A-Za-z0-9]*[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー々〆][\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー・･々〆Ａ-Ｚａ-ｚ０-９A-Za-z0-9]*/gu;
const LATIN_TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
/** Lower-case words that may sit inside a name ("Ministry of Foreign Affairs", "Garante per la protezione"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'per', 'dei', 'del', 'di', 'on']);
/** Only spaces, hyphens, dots, ampersands or apostrophes between two words of one name. */
const NAME_GAP = /^[\s\-.&'’]*$/u;

/** How many characters of a Japanese run one lookup takes, and how far consecutive lookups overlap. */
const CJK_CHUNK = 32;
const CJK_OVERLAP = 12;
/** How many words of a Latin run one lookup takes (Lucene's clause limit and the score's focus). */
const LATIN_CHUNK = 12;

/** The lookups of one article: Lucene queries for the Latin index and for the CJK index, deduplicated. */
export interface Lookups {
  readonly latin: string[];
  readonly cjk: string[];
}

const capitalised = (word: string) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(word);

const SENTENCE_END = /\.\s/u;
/** Lower-case words in a row that a bridged run holds ("Data breach on Energy 1992", "Summit on AI safety"). */
const BRIDGED_WORDS = 2;

/**
 * A run's query: its words, and each pair of neighbours as a phrase. The phrases rank first the
 * entity whose name holds the words in the text's order: by the words alone, "Sigma Proposal on
 * Privacy 2013", whose Japanese alias repeats "2013", outscored "Sigma Proposal on Copyright 2013"
 * for the run naming the latter, and among a million entities fell out of the best 20.
 */
function latinQuery(words: readonly string[]): string {
  const pairs = words.slice(1).map((word, i) => `"${words[i]} ${word}"`);
  return [...words, ...pairs].join(' ');
}

/**
 * Runs of capitalised words, each one lookup of its words (at most LATIN_CHUNK a query). Between two
 * capitalised words a run holds connectors ("Ministry of Foreign Affairs") or, when `bridge` is set,
 * up to that many lower-case words of any kind, and no sentence's end; never other punctuation.
 */
function latinRuns(text: string, bridge: number, add: (lookup: string) => void): void {
  // The run's words with their ends: the query takes the text as written between the first and the
  // last capitalised word, so "U.S." stays one term as the index's tokenizer makes it.
  let run: Array<{ word: string; start: number; end: number }> = [];
  let lowerInARow = 0;
  let lastEnd = -1;
  const flush = () => {
    // Lower-case words at the ends of a run are not part of any name.
    while (run.length > 0 && !capitalised(run[run.length - 1].word)) run.pop();
    if (run.length > 0) {
      const end = run[run.length - 1].end;
      const withDot = text[end] === '.' ? end + 1 : end;
      const words = foldText(text.slice(run[0].start, withDot)).split(' ').map(escapeLucene);
      for (let start = 0; start < words.length; start += LATIN_CHUNK) add(latinQuery(words.slice(start, start + LATIN_CHUNK)));
    }
    run = [];
    lowerInARow = 0;
  };
  for (const match of text.matchAll(LATIN_TOKEN)) {
    const word = match[0];
    const start = match.index;
    if (CJK_CHAR.test(word)) {
      flush();
      lastEnd = -1;
      continue;
    }
    const gap = lastEnd >= 0 ? text.slice(lastEnd, start) : null;
    // A bridged run also ends at a sentence's end ("otherwise. Sam"), which a dot and a space may be.
    const joined = gap !== null && NAME_GAP.test(gap) && !(bridge > 0 && SENTENCE_END.test(gap));
    if (!joined) flush();
    if (capitalised(word)) {
      run.push({ word, start, end: start + word.length });
      lowerInARow = 0;
    } else if (run.length > 0 && (CONNECTORS.has(word) || lowerInARow < bridge)) {
      run.push({ word, start, end: start + word.length });
      lowerInARow += 1;
    } else flush();
    lastEnd = start + word.length;
  }
  flush();
}

/**
 * What to look up. Latin: runs of capitalised words (names are capitalised; the lower-case words of
 * a name such as "AI safety" are checked against the whole text afterwards), each run one query of
 * its words; and the same runs bridged over up to two lower-case words, each one more query. The
 * bridged ones are for names that hold lower-case words: in a large graph a name's capitalised part
 * alone ("Harbor Data" of "Harbor Data breach on Energy 1992") is shared by thousands of entities,
 * and its lookup's best few need not hold the one meant; the bridged lookup, with all its words,
 * ranks it first (its neighbouring words also as phrases: see latinQuery). Japanese (no spaces): runs of Han and katakana, which hiragana particles separate,
 * each one query the `cjk` analyzer cuts into bigrams.
 */
export function lookupsOf(text: string): Lookups {
  const latin = new Set<string>();
  const cjk = new Set<string>();
  latinRuns(text, 0, (lookup) => latin.add(lookup));
  latinRuns(text, BRIDGED_WORDS, (lookup) => latin.add(lookup));
  for (const match of text.matchAll(CJK_RUN)) {
    const chars = [...match[0]];
    for (let start = 0; start < chars.length; start += CJK_CHUNK - CJK_OVERLAP) {
      cjk.add(escapeLucene(foldText(chars.slice(start, start + CJK_CHUNK).join(''))));
      if (start + CJK_CHUNK >= chars.length) break;
    }
  }
  return { latin: [...latin], cjk: [...cjk] };
}

/** A place in the article where a spelling occurs: UTF-16 offsets into the original text. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
}

// Only Latin letters and digits make a word longer: "オープンAIは" ends "オープンAI" before the particle.
const WORD_CHAR = /[\p{Script=Latin}\p{M}\p{N}]/u;
const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;

/**
 * A short all-capital spelling (US, LDP, FTC, G7, U.S.): an acronym, which matches only as written, so
 * the pronoun "us" is not the United States.
 */
export function isAcronym(spelling: string): boolean {
  const letters = spelling.replace(/[.\-&]/g, '');
  return letters.length >= 1 && letters.length <= 5 && /^[\p{Lu}\p{N}]+$/u.test(letters) && /\p{Lu}/u.test(letters);
}

/**
 * Every occurrence of `folded` (a spelling folded by `foldText`) in the article. A spelling that begins
 * or ends with a Latin letter or digit must sit on a word boundary there ("Altman's" holds "Altman",
 * "Kishidas" does not hold "Kishida"); Japanese matches anywhere. With `exactly`, the original text
 * must read exactly that (acronyms).
 */
export function occurrencesOf(article: FoldedText, text: string, folded: string, exactly: string | null = null): Occurrence[] {
  const found: Occurrence[] = [];
  if (folded === '') return found;
  const checkStart = LATIN_EDGE.test(folded[0]);
  const checkEnd = LATIN_EDGE.test(folded[folded.length - 1]);
  for (let at = article.folded.indexOf(folded); at >= 0; at = article.folded.indexOf(folded, at + 1)) {
    const last = at + folded.length - 1;
    if (checkStart && at > 0 && WORD_CHAR.test(article.folded[at - 1])) continue;
    if (checkEnd && last + 1 < article.folded.length && WORD_CHAR.test(article.folded[last + 1])) continue;
    // A match must cover whole graphemes of the original: not half of a folded ligature.
    if ((at > 0 && article.starts[at - 1] === article.starts[at]) || (last + 1 < article.starts.length && article.starts[last + 1] === article.starts[last])) continue;
    const occurrence = { start: article.starts[at], end: article.ends[last] };
    if (exactly !== null && text.slice(occurrence.start, occurrence.end) !== exactly) continue;
    found.push(occurrence);
  }
  return found;
}

const NAME_MARK = /[\p{Lu}\p{Lt}\p{N}\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True when a span can be a name: it holds a capital letter, a digit or Japanese. Lookups start from
 * those, so a span without any ("data breach", "copyright" as common nouns) never links, whether or
 * not another lookup happened to propose its entity.
 */
export function looksLikeName(span: string): boolean {
  return NAME_MARK.test(span);
}

/** The words of a two-word Latin name the other way round ("Kono Taro" for "Taro Kono"), or null. */
export function reversedName(folded: string): string | null {
  const words = folded.split(' ');
  if (words.length !== 2 || words.some((word) => !/^[\p{Script=Latin}\p{M}'’-]+$/u.test(word))) return null;
  return `${words[1]} ${words[0]}`;
}
