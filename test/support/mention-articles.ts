/*
 * Short articles about the seed graph, written for the linking tests in our own words, with the
 * entities each one names. Every article sets at least one trap: acronyms against common words,
 * longest match, possessives, diacritics, names in either order, 日本 inside 日本政府.
 */

export interface Article {
  readonly title: string;
  readonly text: string;
  /** The entities the article names (ids of the seed graph): the expected (article, entity) pairs. */
  readonly entities: readonly string[];
}

export const ARTICLES: readonly Article[] = [
  {
    title: 'Altman in Tokyo (English; possessive, acronym against the pronoun "us", longest match)',
    text:
      'Sam Altman, who runs OpenAI, flew to Tokyo on Monday and sat down with Fumio Kishida. ' +
      "Altman's company is weighing an office in Japan, he told reporters, adding that it was up to us to earn trust. " +
      'Back home, the US Federal Trade Commission has been asking questions of its own.',
    entities: ['sam-altman', 'openai', 'fumio-kishida', 'japan', 'us-federal-trade-commission'],
  },
  {
    title: 'The Italian pause (English; aliases, a region)',
    text:
      'In Rome, the Garante told the maker of ChatGPT to stop handling Italian users\u2019 data for a while. ' +
      'Italy thus became the first Western country to block the chatbot, and European countries watched closely. ' +
      'Elon Musk, who helped found OpenAI years ago, had already signed a letter asking for a pause.',
    entities: ['italian-data-protection-authority', 'chatgpt', 'italy', 'europe', 'elon-musk', 'openai'],
  },
  {
    title: '首相とアルトマン氏 (Japanese; no spaces, 日本 on its own)',
    text:
      '岸田文雄首相は月曜日、首相官邸でサム・アルトマン氏と会った。オープンAIは日本に拠点を置くことを考えているという。' +
      '松野博一官房長官も、安全面に配慮しながら政府での活用を検討すると話した。',
    entities: ['fumio-kishida', 'sam-altman', 'openai', 'japan', 'hirokazu-matsuno'],
  },
  {
    title: '河野大臣と働き方 (Japanese; 日本政府 is the government, not Japan)',
    text:
      '河野太郎氏は、日本政府の仕事にチャットGPTを使えば働き方改革が進むかもしれないと述べた。' +
      '自民党の会合でもこの話題が取り上げられた。',
    entities: ['taro-kono', 'government-of-japan', 'chatgpt', 'government-workstyle-reform', 'liberal-democratic-party'],
  },
  {
    title: 'Ministers and regulators (English; diacritics, family name first, acronyms)',
    text:
      'Digital minister Kōno Tarō said the Cabinet could try such tools on paperwork, and MATSUNO Hirokazu agreed. ' +
      "Members of the LDP want rules settled before the G7 digital ministers' meeting. " +
      'In the U.S., the FTC is looking at the same questions; none of this worries us, one aide said.',
    entities: ['taro-kono', 'government-of-japan', 'hirokazu-matsuno', 'liberal-democratic-party', 'g7-digital-ministers-meeting', 'united-states', 'us-federal-trade-commission'],
  },
  {
    title: '書簡と規制当局 (Japanese and English mixed)',
    text:
      'イーロン・マスク氏は開発の一時停止を求める書簡に名を連ねた。ツイッターの経営者でもある。' +
      '米連邦取引委員会も調べを進めていると米国の報道は伝えた。Musk has not commented on GPT-4 itself.',
    entities: ['elon-musk', 'twitter', 'us-federal-trade-commission', 'united-states', 'gpt-4'],
  },
];
