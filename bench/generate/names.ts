import type { Random } from './random';

/**
 * Name parts for the synthetic graph, each Latin spelling with a Japanese one, so search sees both
 * scripts as it does on the real seed (Kishida / 岸田文雄, Sam Altman / サム・アルトマン).
 */

type Pair = readonly [latin: string, japanese: string];

const JP_FAMILY: Pair[] = [
  ['Sato', '佐藤'], ['Suzuki', '鈴木'], ['Takahashi', '高橋'], ['Tanaka', '田中'], ['Ito', '伊藤'],
  ['Watanabe', '渡辺'], ['Yamamoto', '山本'], ['Nakamura', '中村'], ['Kobayashi', '小林'], ['Kato', '加藤'],
  ['Kishida', '岸田'], ['Kono', '河野'], ['Matsuno', '松野'], ['Yoshida', '吉田'], ['Yamada', '山田'],
  ['Sasaki', '佐々木'], ['Inoue', '井上'], ['Kimura', '木村'], ['Hayashi', '林'], ['Shimizu', '清水'],
];
const JP_GIVEN: Pair[] = [
  ['Taro', '太郎'], ['Fumio', '文雄'], ['Hirokazu', '博一'], ['Yuki', '由紀'], ['Kenji', '健二'],
  ['Hanako', '花子'], ['Akira', '明'], ['Sakura', 'さくら'], ['Haruto', '陽翔'], ['Yui', '結衣'],
  ['Daisuke', '大輔'], ['Emi', '恵美'], ['Shinzo', '晋三'], ['Naoko', '直子'], ['Ren', '蓮'],
];
const WEST_FAMILY: Pair[] = [
  ['Altman', 'アルトマン'], ['Smith', 'スミス'], ['Johnson', 'ジョンソン'], ['Meloni', 'メローニ'],
  ['Garcia', 'ガルシア'], ['Muller', 'ミュラー'], ['Rossi', 'ロッシ'], ['Martin', 'マーティン'],
  ['Brown', 'ブラウン'], ['Dubois', 'デュボア'], ['Novak', 'ノヴァク'], ['Schmidt', 'シュミット'],
  ['Kowalski', 'コワルスキ'], ['Larsen', 'ラーセン'], ['Moreau', 'モロー'], ['Bianchi', 'ビアンキ'],
];
const WEST_GIVEN: Pair[] = [
  ['Sam', 'サム'], ['Anna', 'アンナ'], ['Elon', 'イーロン'], ['Giorgia', 'ジョルジャ'], ['Maria', 'マリア'],
  ['Lukas', 'ルーカス'], ['Sofia', 'ソフィア'], ['James', 'ジェームズ'], ['Emma', 'エマ'], ['Pierre', 'ピエール'],
  ['Ingrid', 'イングリッド'], ['Marco', 'マルコ'], ['Olivia', 'オリビア'], ['Noah', 'ノア'],
];
const WORDS: Pair[] = [
  ['Aurora', 'オーロラ'], ['Nova', 'ノヴァ'], ['Sakura', 'サクラ'], ['Horizon', 'ホライズン'], ['Quantum', 'クォンタム'],
  ['Vertex', 'バーテックス'], ['Orbit', 'オービット'], ['Kaze', 'カゼ'], ['Helix', 'ヘリックス'], ['Summit', 'サミット'],
  ['Atlas', 'アトラス'], ['Fuji', 'フジ'], ['Cobalt', 'コバルト'], ['Lumen', 'ルーメン'], ['Tensor', 'テンソル'],
  ['Mirai', 'ミライ'], ['Sigma', 'シグマ'], ['Harbor', 'ハーバー'], ['Pioneer', 'パイオニア'], ['Zenith', 'ゼニス'],
];
const TOPICS: Pair[] = [
  ['AI safety', 'AI安全性'], ['Privacy', 'プライバシー'], ['Copyright', '著作権'], ['Misinformation', '偽情報'],
  ['Data protection', 'データ保護'], ['Competition', '競争'], ['Semiconductors', '半導体'], ['Education', '教育'],
  ['Employment', '雇用'], ['Cybersecurity', 'サイバーセキュリティ'], ['Energy', 'エネルギー'], ['Healthcare', '医療'],
];
export const COUNTRIES: ReadonlyArray<readonly [name: string, japanese: string, iso: string]> = [
  ['Japan', '日本', 'JP'], ['United States', 'アメリカ合衆国', 'US'], ['Italy', 'イタリア', 'IT'], ['France', 'フランス', 'FR'],
  ['Germany', 'ドイツ', 'DE'], ['United Kingdom', 'イギリス', 'GB'], ['Canada', 'カナダ', 'CA'], ['China', '中国', 'CN'],
  ['South Korea', '韓国', 'KR'], ['India', 'インド', 'IN'], ['Brazil', 'ブラジル', 'BR'], ['Spain', 'スペイン', 'ES'],
  ['Australia', 'オーストラリア', 'AU'], ['Mexico', 'メキシコ', 'MX'], ['Indonesia', 'インドネシア', 'ID'],
  ['Netherlands', 'オランダ', 'NL'], ['Sweden', 'スウェーデン', 'SE'], ['Poland', 'ポーランド', 'PL'],
  ['Singapore', 'シンガポール', 'SG'], ['Vietnam', 'ベトナム', 'VN'],
];

export interface Names {
  name: string;
  aliases: string[];
}

export function personName(rng: Random): Names {
  if (rng.chance(0.5)) {
    const [family, familyJa] = rng.pick(JP_FAMILY);
    const [given, givenJa] = rng.pick(JP_GIVEN);
    return { name: `${given} ${family}`, aliases: [`${familyJa}${givenJa}`, family] };
  }
  const [family, familyJa] = rng.pick(WEST_FAMILY);
  const [given, givenJa] = rng.pick(WEST_GIVEN);
  return { name: `${given} ${family}`, aliases: [`${givenJa}・${familyJa}`, family] };
}

export function orgName(rng: Random, suffix: readonly [string, string]): Names {
  const [word, wordJa] = rng.pick(WORDS);
  const [second] = rng.pick(WORDS);
  return { name: `${word} ${second} ${suffix[0]}`, aliases: rng.chance(0.6) ? [`${wordJa}${suffix[1]}`] : [] };
}

export function productName(rng: Random, index: number): Names {
  const [word, wordJa] = rng.pick(WORDS);
  const version = 1 + (index % 9);
  return { name: `${word}GPT ${version}`, aliases: [`${wordJa}GPT ${version}`] };
}

export function topicName(rng: Random, index: number): Names {
  const [topic, topicJa] = TOPICS[index % TOPICS.length];
  const [word] = rng.pick(WORDS);
  return index < TOPICS.length ? { name: topic, aliases: [topicJa] } : { name: `${topic} in ${word}`, aliases: [topicJa] };
}

export function countryName(index: number): Names & { isoCode: string } {
  if (index < COUNTRIES.length) {
    const [name, japanese, isoCode] = COUNTRIES[index];
    return { name, aliases: [japanese], isoCode };
  }
  // Beyond the real list: invented states with invented two-letter codes (the format, not the registry).
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const [word, wordJa] = WORDS[index % WORDS.length];
  const isoCode = letters[Math.floor(index / 26) % 26] + letters[index % 26];
  return { name: `${word} Republic ${index}`, aliases: [`${wordJa}共和国`], isoCode };
}

export function eventName(rng: Random, category: string, year: number): Names {
  const [word, wordJa] = rng.pick(WORDS);
  const [topic, topicJa] = rng.pick(TOPICS);
  const label = category.charAt(0) + category.slice(1).toLowerCase().replace('_', ' ');
  return { name: `${word} ${label} on ${topic} ${year}`, aliases: rng.chance(0.3) ? [`${wordJa}${topicJa}${year}`] : [] };
}

/** Latin and Japanese prefixes that names above start with: the search scenario's pool. */
export function searchPrefixes(): string[] {
  const latin = [...JP_GIVEN, ...WEST_GIVEN, ...WORDS].map(([latinName]) => latinName.slice(0, 4).toLowerCase());
  const japanese = [...JP_FAMILY, ...WEST_FAMILY].map(([, ja]) => ja);
  return [...new Set([...latin, ...japanese])];
}
