import { EntityType } from '../../src/schema/enums';
import type { EntityRecord } from '../../src/graph/records';
import {
  buildSearchQuery,
  escapeLucene,
  foldText,
  isExactMatch,
  rankHits,
  searchQuery,
} from '../../src/graph/search.repository';

function entity(id: string, name: string, aliases: string[] = []): EntityRecord {
  return {
    id, type: EntityType.PERSON, name, aliases, description: null, sourceIds: [], category: null, isoCode: null,
    startDate: null, endDate: null, datePrecision: null, signatories: null, title: null, publishedOn: null, publishedOnPrecision: null, url: null, version: 1,
  };
}

describe('escapeLucene', () => {
  it('puts a backslash before every special character of the query parser', () => {
    const specials = '+-&&||!(){}[]^"~*?:\\/';
    expect(escapeLucene(specials)).toBe(specials.replace(/./g, (c) => `\\${c}`));
  });

  it('leaves letters, digits, spaces and Japanese alone', () => {
    expect(escapeLucene('Sam Altman 4 岸田文雄 サム・アルトマン')).toBe('Sam Altman 4 岸田文雄 サム・アルトマン');
  });
});

describe('foldText', () => {
  it('drops case and diacritics and collapses spaces', () => {
    expect(foldText('  Tarō   KŌNO ')).toBe('taro kono');
  });

  it('unifies half-width kana and full-width Latin but keeps kana voicing', () => {
    expect(foldText('ｱﾙﾄﾏﾝ')).toBe('アルトマン');
    expect(foldText('ＧＰＴ')).toBe('gpt');
    expect(foldText('ドイツ')).toBe('ドイツ');
  });
});

describe('buildSearchQuery', () => {
  it('matches a Latin word as itself, as a prefix and with small typos', () => {
    expect(buildSearchQuery('Kōno')).toBe('kono^3 kono*^2 kono~1');
    expect(buildSearchQuery('altmann')).toBe('altmann^3 altmann*^2 altmann~2');
  });

  it('leaves the typo clauses out of the first, strict query', () => {
    expect(buildSearchQuery('Sam Altmann', { fuzzy: false })).toBe('"sam altmann"^4 sam^3 sam*^2 altmann^3 altmann*^2');
  });

  it('forgives no typo in words of one or two letters, and gives one letter no prefix', () => {
    expect(buildSearchQuery('US')).toBe('us^3 us*^2');
    expect(buildSearchQuery('x')).toBe('x^3');
  });

  it('adds the whole text as a phrase when there are several words', () => {
    expect(buildSearchQuery('Sam  Altman')).toBe(
      '"sam altman"^4 sam^3 sam*^2 sam~1 altman^3 altman*^2 altman~2',
    );
  });

  it('searches Japanese words as phrases so that single characters cannot match alone', () => {
    expect(buildSearchQuery('岸田')).toBe('"岸田"^3');
    expect(buildSearchQuery('サム・アルトマン')).toBe('"サム・アルトマン"^3');
  });

  it('turns Lucene operators into plain words', () => {
    expect(buildSearchQuery('NOT')).toBe('not^3 not*^2 not~1');
    expect(buildSearchQuery('AND (')).toBe('"and \\("^4 and^3 and*^2 and~1 "\\("^3');
  });

  it('escapes syntax inside phrases and never leaves a wildcard or quote unescaped', () => {
    expect(buildSearchQuery('"')).toBe('"\\""^3');
    expect(buildSearchQuery('*')).toBe('"\\*"^3');
    expect(buildSearchQuery('\\')).toBe('"\\\\"^3');
    expect(buildSearchQuery('GPT-4')).toBe('"gpt\\-4"^3');
    expect(buildSearchQuery('title:x OR y~ [a TO b]')).not.toMatch(/(^|[^\\])[:[\]]/);
  });

  it('returns null when nothing is left to search', () => {
    expect(buildSearchQuery('   ')).toBeNull();
  });
});

describe('searchQuery', () => {
  it('passes the text and the kinds as parameters, never in the Cypher', () => {
    const query = searchQuery('kono^3', [EntityType.PERSON, EntityType.PERSON, EntityType.EVENT], 30);
    expect(query.cypher).not.toContain('kono');
    expect(query.params).toMatchObject({ lucene: 'kono^3', labels: ['Person', 'Event'] });
    expect(String(query.params.candidates)).toBe('30');
  });

  it('filters nothing when no kinds or an empty list are given', () => {
    expect(searchQuery('x', null, 10).params.labels).toBeNull();
    expect(searchQuery('x', [], 10).params.labels).toBeNull();
  });

  it('asks the typo query only when the strict one found fewer than the candidates, in the same query', () => {
    const query = searchQuery('kono^3 kono*^2', null, 30, '{}', null, 'kono^3 kono*^2 kono~1');
    expect(query.cypher).toContain('WITH strict WHERE size(strict) < $candidates');
    expect(query.cypher).toContain('queryNodes($latinIndex, $fuzzyLucene)');
    expect(query.params).toMatchObject({ lucene: 'kono^3 kono*^2', fuzzyLucene: 'kono^3 kono*^2 kono~1' });
    // Nothing to forgive (Japanese, short words): one pass.
    expect(searchQuery('"岸田"^3', null, 30, '{}', null, '"岸田"^3').cypher).not.toContain('fuzzyLucene');
  });
});

describe('rankHits', () => {
  const kono = entity('taro-kono', 'Taro Kono', ['Tarō Kōno']);
  const remarks = entity('kono-remarks', "Kono's remarks");
  const kishida = entity('fumio-kishida', 'Fumio Kishida', ['Kishida']);
  const meeting = entity('altman-kishida-meeting', 'Altman-Kishida meeting');

  it('knows an exact match without regard to case or diacritics', () => {
    expect(isExactMatch(kono, foldText('TARO KŌNO'))).toBe(true);
    expect(isExactMatch(kono, foldText('taro'))).toBe(false);
  });

  it('puts an exact match first and lifts its score above the rest', () => {
    const ranked = rankHits([{ entity: remarks, score: 9 }, { entity: kono, score: 2 }], 'taro kono', 10);
    expect(ranked.map((hit) => hit.entity.id)).toEqual(['taro-kono', 'kono-remarks']);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });

  it('breaks a tie in favour of a spelling that starts with the text, then cuts to first', () => {
    const hits = [{ entity: meeting, score: 4 }, { entity: kishida, score: 4 }];
    expect(rankHits(hits, 'kish', 10).map((hit) => hit.entity.id)).toEqual(['fumio-kishida', 'altman-kishida-meeting']);
    expect(rankHits(hits, 'kish', 1)).toHaveLength(1);
  });
});
