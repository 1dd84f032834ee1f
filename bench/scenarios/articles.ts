import { EntityType } from '../../src/schema/enums';
import { generateEntity } from '../generate/entities';
import type { GraphPlan } from '../generate/plan';
import type { Random } from '../generate/random';

/*
 * Names of the bench graph's entities, and generated news articles that mention them, for the
 * linking scenarios (`mentions`, `reconcile`). The generator is a pure function of (seed, kind,
 * index), so a name is known here without asking the database.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The kinds an article names (sources are the articles themselves). */
const NAMED_KINDS = [EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PRODUCT, EntityType.COUNTRY, EntityType.TOPIC, EntityType.EVENT] as const;

/** An entity of the bench graph with its spellings: its name, and its Japanese alias if it has one. */
export interface NamedEntity {
  id: string;
  type: EntityType;
  latin: string;
  japanese: string | null;
}

/** A uniformly drawn entity of a named kind, weighted by the kinds' counts, as `randomIdAmong` draws. */
export function drawNamed(plan: GraphPlan, rng: Random): NamedEntity {
  const total = NAMED_KINDS.reduce((sum, type) => sum + plan.counts[type], 0);
  let at = rng.int(total);
  for (const type of NAMED_KINDS) {
    if (at < plan.counts[type]) {
      const entity = generateEntity(plan, type, at);
      return { id: entity.id, type, latin: entity.name, japanese: entity.aliases.find((alias) => CJK.test(alias)) ?? null };
    }
    at -= plan.counts[type];
  }
  throw new Error('unreachable');
}

const ENGLISH: ReadonlyArray<(name: string) => string> = [
  (name) => `${name} said on Tuesday that the proposal would need a closer look before any vote was held.`,
  (name) => `According to people familiar with the talks, ${name} had raised the question of oversight twice this year.`,
  (name) => `The report also cites ${name}, whose part in the negotiations has drawn attention from both sides.`,
  (name) => `A spokesperson confirmed that ${name} would attend the meeting, though no agenda has been published.`,
  (name) => `Critics of ${name} argue that the timetable leaves little room for public comment.`,
];
const JAPANESE: ReadonlyArray<(name: string) => string> = [
  (name) => `${name}は記者会見で、新しい規則について慎重に検討する考えを示した。`,
  (name) => `関係者によると、${name}は今年に入って監督の在り方について二度問題を提起していた。`,
  (name) => `報告書は${name}にも言及しており、交渉での役割に注目が集まっている。`,
  (name) => `${name}の担当者は会合への出席を認めたが、議題は公表されていない。`,
];
const FILLER_ENGLISH = [
  'Officials declined to give a timetable, and several questions about funding remain open.',
  'The draft runs to more than two hundred pages and is expected to change before it is adopted.',
  'Observers noted that similar rules elsewhere took years to agree and longer to enforce.',
  'Industry groups have asked for a longer transition period and clearer guidance on audits.',
  'It was not immediately clear how the measures would be paid for or who would oversee them.',
];
const FILLER_JAPANESE = [
  '具体的な日程は示されておらず、財源を巡る課題も残っている。',
  '草案は二百ページを超え、採択までに修正される見通しだ。',
  '業界団体は移行期間の延長と監査に関する明確な指針を求めている。',
];

/** A generated article: its text, the entities it names in order, and the spelling each is named by. */
export interface Article {
  text: string;
  named: NamedEntity[];
  spellings: string[];
}

/**
 * About `length` characters of news prose naming `mentions` entities: every third one by its
 * Japanese alias in a Japanese sentence (when it has one), the others by name in English, each
 * other sentence followed by one that names nothing, then sentences that name nothing up to the
 * length, in paragraphs of ten sentences.
 */
export function generateArticle(plan: GraphPlan, rng: Random, mentions = 30, length = 5_000): Article {
  const named = Array.from({ length: mentions }, () => drawNamed(plan, rng));
  const sentences: string[] = [];
  const spellings = named.map((entity, k) => {
    const japanese = k % 3 === 2 ? entity.japanese : null;
    sentences.push(japanese === null ? rng.pick(ENGLISH)(entity.latin) : rng.pick(JAPANESE)(japanese));
    if (k % 2 === 1) sentences.push(japanese === null ? rng.pick(FILLER_ENGLISH) : rng.pick(FILLER_JAPANESE));
    return japanese ?? entity.latin;
  });
  while (sentences.join(' ').length < length - 100) sentences.push(rng.pick(FILLER_ENGLISH));
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length; at += 10) paragraphs.push(sentences.slice(at, at + 10).join(' '));
  return { text: paragraphs.join('\n\n'), named, spellings };
}
