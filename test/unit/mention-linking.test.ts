import { EntityType, MatchKind } from '../../src/graph/enums';
import { linkMentions, type ProposedEntity } from '../../src/graph/mention-linking';
import { foldWithOffsets, isAcronym, lookupsOf } from '../../src/graph/mention-text';

const entity = (id: string, name: string, extra: Partial<ProposedEntity> = {}): ProposedEntity => ({
  id,
  type: EntityType.PERSON,
  name,
  aliases: [],
  degree: 1,
  neighbours: [],
  ...extra,
});

describe('mention text', () => {
  it('folds with a map back to the original offsets, a decomposed "ō" and half-width "ｶﾞ" included', () => {
    const text = 'Ko\u0304no ｶﾞ  X';
    const article = foldWithOffsets(text);
    expect(article.folded).toBe('kono ガ x');
    expect(article.starts[1]).toBe(1);
    expect(article.ends[1]).toBe(3);
    expect(text.slice(article.starts[5], article.ends[5])).toBe('ｶﾞ');
  });

  it('looks up capitalised Latin runs and Japanese runs, not lower-case words', () => {
    const lookups = lookupsOf('The minister met Sam Altman in the U.S. and 岸田文雄首相は話した.');
    expect(lookups.latin).toEqual(['the', 'sam altman "sam altman"', 'u.s.', expect.stringMatching(/^the minister met sam altman in the u\.s\. "the minister"/)]);
    expect(lookups.cjk).toEqual(['岸田文雄首相', '話']);
  });

  it('also looks up runs bridged over two lower-case words, for names that hold them, never over punctuation', () => {
    const lookups = lookupsOf('Critics of Harbor Data breach on Energy 1992 argue otherwise. Sam Altman, who spoke, agreed.');
    expect(lookups.latin.map((query) => query.split(' "')[0])).toEqual(['critics of harbor data', 'energy 1992', 'sam altman', 'critics of harbor data breach on energy 1992']);
    // Neighbouring words are phrases too, so the name written in that order ranks first.
    expect(lookups.latin[1]).toBe('energy 1992 "energy 1992"');
  });

  it('knows acronyms: short and all capitals', () => {
    expect(['US', 'LDP', 'FTC', 'G7', 'U.S.'].every(isAcronym)).toBe(true);
    expect(['Us', 'OpenAI', 'Japan', 'NIPPONIA'].some(isAcronym)).toBe(false);
  });
});

describe('linking', () => {
  it('breaks a tie between two entities of one name by coherence: the one related to the other mentions wins', () => {
    const text = 'Taro Suzuki spoke at Acme.';
    const mentions = linkMentions(text, [
      entity('suzuki-a', 'Taro Suzuki', { degree: 10 }),
      entity('suzuki-b', 'Taro Suzuki', { degree: 10, neighbours: ['acme'] }),
      entity('acme', 'Acme', { type: EntityType.ORGANIZATION, neighbours: ['suzuki-b'] }),
    ]);
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([['Taro Suzuki', 'suzuki-b'], ['Acme', 'acme']]);
    expect(mentions[0].candidates.map((c) => c.id)).toEqual(['suzuki-b', 'suzuki-a']);
  });

  it('falls back on the prior (degree) when coherence says nothing, and names no entity when nothing tells them apart', () => {
    const byDegree = linkMentions('Taro Suzuki', [entity('a', 'Taro Suzuki', { degree: 1 }), entity('b', 'Taro Suzuki', { degree: 50 })]);
    expect(byDegree[0].entityId).toBe('b');
    const tie = linkMentions('Taro Suzuki', [entity('a', 'Taro Suzuki', { degree: 5 }), entity('b', 'Taro Suzuki', { degree: 5 })]);
    expect(tie[0].entityId).toBeNull();
    expect(tie[0].candidates).toHaveLength(2);
  });

  it('scores a reordered name below the name as written, and says how it matched', () => {
    const [mention] = linkMentions('Suzuki Taro', [entity('a', 'Taro Suzuki')]);
    expect(mention.candidates[0]).toMatchObject({ matchKind: MatchKind.REORDERED, matched: 'Taro Suzuki' });
    const [written] = linkMentions('Taro Suzuki', [entity('a', 'Taro Suzuki')]);
    expect(mention.candidates[0].score).toBeLessThan(written.candidates[0].score);
  });

  it('keeps the longest of overlapping spans', () => {
    const mentions = linkMentions('日本政府', [entity('japan', 'Japan', { aliases: ['日本'] }), entity('gov', 'Government of Japan', { aliases: ['日本政府'] })]);
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([['日本政府', 'gov']]);
  });
});
