import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatePrecision, EntityType, RelationshipType } from '../../src/schema/enums';
import { lastDayOf, parseSeedDate } from '../../src/graph/seed/seed-dates';
import type { EventSeed, SeedFileInput, SeedGraph, ValidateSeedOptions } from '../../src/graph/seed/seed-format';
import { readSeedFolder, SeedValidationError, validateSeed } from '../../src/graph/seed/validate-seed';
import { seedDataDir } from '../../src/paths';

const SEED_FOLDER = join(__dirname, '..', '..', 'seed', 'data');
const ARTICLE = 'article-openai-japan-2023';

/** design/facts.md, "Relationships" (MENTIONED_IN aside), one triple per line. */
const FACT_RELATIONSHIPS = [
  'sam-altman HOLDS_POSITION openai',
  'fumio-kishida HOLDS_POSITION government-of-japan',
  'hirokazu-matsuno HOLDS_POSITION government-of-japan',
  'taro-kono HOLDS_POSITION government-of-japan',
  'elon-musk HOLDS_POSITION twitter',
  'elon-musk CO_FOUNDED openai',
  'anubha-pandey AUTHORED article-openai-japan-2023',
  'openai DEVELOPS chatgpt',
  'openai DEVELOPS gpt-4',
  'openai BASED_IN united-states',
  'twitter BASED_IN united-states',
  'us-federal-trade-commission BASED_IN united-states',
  'government-of-japan BASED_IN japan',
  'liberal-democratic-party BASED_IN japan',
  'italian-data-protection-authority BASED_IN italy',
  'japan MEMBER_OF g7',
  'italy MEMBER_OF g7',
  'united-states MEMBER_OF g7',
  'italy PART_OF europe',
  'sam-altman PARTICIPATED_IN altman-kishida-meeting',
  'fumio-kishida PARTICIPATED_IN altman-kishida-meeting',
  'sam-altman PARTICIPATED_IN ldp-headquarters-meeting',
  'liberal-democratic-party HOSTED ldp-headquarters-meeting',
  'sam-altman STATED openai-japan-expansion',
  'hirokazu-matsuno STATED matsuno-adoption-remarks',
  'taro-kono STATED kono-workstyle-remarks',
  'altman-kishida-meeting HELD_IN japan',
  'ldp-headquarters-meeting HELD_IN japan',
  'openai-japan-expansion HELD_IN japan',
  'matsuno-adoption-remarks HELD_IN japan',
  'kono-workstyle-remarks HELD_IN japan',
  'italy-chatgpt-limitation HELD_IN italy',
  'openai-remedy-proposal HELD_IN italy',
  'european-privacy-reviews HELD_IN europe',
  'ai-pause-open-letter HELD_IN united-states',
  'g7-digital-ministers-meeting HELD_IN japan',
  'altman-kishida-meeting CONCERNS privacy',
  'altman-kishida-meeting CONCERNS copyright-infringement',
  'altman-kishida-meeting CONCERNS ai-safety',
  'openai-japan-expansion CONCERNS japanese-language-ai',
  'openai-japan-expansion CONCERNS openai',
  'matsuno-adoption-remarks CONCERNS privacy',
  'matsuno-adoption-remarks CONCERNS cybersecurity',
  'matsuno-adoption-remarks CONCERNS chatgpt',
  'matsuno-adoption-remarks REFERS_TO italy-chatgpt-limitation',
  'kono-workstyle-remarks CONCERNS government-workstyle-reform',
  'kono-workstyle-remarks CONCERNS machine-generated-falsehoods',
  'kono-workstyle-remarks CONCERNS chatgpt',
  'kono-workstyle-remarks REFERS_TO g7-digital-ministers-meeting',
  'chatgpt-data-breach AFFECTED chatgpt',
  'chatgpt-data-breach LED_TO italy-chatgpt-limitation',
  'italian-data-protection-authority IMPOSED italy-chatgpt-limitation',
  'italy-chatgpt-limitation TARGETS openai',
  'italy-chatgpt-limitation TARGETS chatgpt',
  'italy-chatgpt-limitation CONCERNS privacy',
  'italy-chatgpt-limitation CONCERNS data-breaches',
  'italy-chatgpt-limitation LED_TO openai-remedy-proposal',
  'italy-chatgpt-limitation LED_TO european-privacy-reviews',
  'openai PARTICIPATED_IN openai-remedy-proposal',
  'openai-remedy-proposal ADDRESSED_TO italian-data-protection-authority',
  'elon-musk SIGNED ai-pause-open-letter',
  'ai-pause-open-letter ADDRESSED_TO us-federal-trade-commission',
  'ai-pause-open-letter CONCERNS gpt-4',
  'ai-pause-open-letter CONCERNS ai-safety',
  'g7 ORGANIZED g7-digital-ministers-meeting',
  'g7-digital-ministers-meeting CONCERNS ai-regulation',
  'g7-digital-ministers-meeting CONCERNS chatgpt',
];

/** The problems a seed is refused with; fails the test if it is accepted. */
function problemsOf(files: SeedFileInput[], options?: ValidateSeedOptions): string[] {
  try {
    validateSeed(files, options);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the seed to be refused');
}

/** A small valid seed; tests break one thing at a time in a copy of it. */
function smallSeed(): SeedFileInput[] {
  return [
    { path: 'sources.json', content: { entities: [{ type: 'SOURCE', id: 'src', name: 'S', title: 'S', sources: ['src'] }] } },
    {
      path: 'people.json',
      content: {
        entities: [
          { type: 'PERSON', id: 'ann', name: 'Ann', sources: ['src'] },
          { type: 'ORGANIZATION', id: 'acme', name: 'Acme', category: 'COMPANY', sources: ['src'] },
        ],
      },
    },
    {
      path: 'relationships.json',
      content: { relationships: [{ from: 'ann', type: 'HOLDS_POSITION', to: 'acme', since: '2023-02', until: '2024', sources: ['src'] }] },
    },
  ];
}

/** smallSeed plus extra records in a file of their own. */
function withExtra(path: string, content: unknown): SeedFileInput[] {
  return [...smallSeed(), { path, content }];
}

describe('the shipped seed (seed/data)', () => {
  let graph: SeedGraph;
  beforeAll(() => {
    graph = validateSeed(readSeedFolder(SEED_FOLDER));
  });
  const entity = (id: string) => graph.entities.find((e) => e.id === id);
  const rel = (from: string, type: string, to: string) => graph.relationships.find((r) => r.id === `${from}:${type}:${to}`);

  it('validates, with exactly 41 entities and no reference outside the files', () => {
    expect(graph.entities).toHaveLength(41);
    expect(graph.externalRefs).toEqual([]);
  });

  it('has 6 people, 7 organizations, 4 countries, 2 products, 9 topics, 11 events and 2 sources', () => {
    const count = (type: EntityType) => graph.entities.filter((e) => e.type === type).length;
    expect(count(EntityType.PERSON)).toBe(6);
    expect(count(EntityType.ORGANIZATION)).toBe(7);
    expect(count(EntityType.COUNTRY)).toBe(4);
    expect(count(EntityType.PRODUCT)).toBe(2);
    expect(count(EntityType.TOPIC)).toBe(9);
    expect(count(EntityType.EVENT)).toBe(11);
    expect(count(EntityType.SOURCE)).toBe(2);
  });

  it('gives people their Japanese spellings and Japan its Japanese name', () => {
    expect(entity('fumio-kishida')?.aliases).toContain('岸田文雄');
    expect(entity('taro-kono')?.aliases).toEqual(expect.arrayContaining(['Kono', '河野太郎', 'Kōno Tarō']));
    expect(entity('japan')?.aliases).toContain('日本');
  });

  it('models Europe as a COUNTRY without an ISO code', () => {
    expect(entity('europe')).toMatchObject({ type: EntityType.COUNTRY, isoCode: null });
    expect(entity('japan')).toMatchObject({ isoCode: 'JP' });
  });

  it('dates positions from background knowledge, keeping the article as a source of the fact', () => {
    const kishida = rel('fumio-kishida', 'HOLDS_POSITION', 'government-of-japan');
    expect(kishida).toMatchObject({ title: 'Prime Minister', validFrom: '2021-10-04', validTo: '2024-10-01' });
    expect(kishida?.sources).toEqual([ARTICLE, 'background']);
    expect(kishida?.propertySources).toEqual({ since: ['background'], until: ['background'] });
    expect(rel('sam-altman', 'HOLDS_POSITION', 'openai')).toMatchObject({ validFrom: '2019-01-01', validTo: null });
  });

  it('holds exactly the relationships of the facts table, besides MENTIONED_IN', () => {
    const story = graph.relationships.filter((r) => r.type !== RelationshipType.MENTIONED_IN).map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(story.sort()).toEqual([...FACT_RELATIONSHIPS].sort());
  });

  it('records the roles of participants', () => {
    expect(rel('sam-altman', 'PARTICIPATED_IN', 'altman-kishida-meeting')?.role).toBe('guest');
    expect(rel('fumio-kishida', 'PARTICIPATED_IN', 'altman-kishida-meeting')?.role).toBe('host');
    expect(rel('openai', 'PARTICIPATED_IN', 'openai-remedy-proposal')?.role).toBe('proposer');
  });

  it('cites only background for background facts', () => {
    for (const [from, type, to] of [
      ['openai', 'BASED_IN', 'united-states'],
      ['twitter', 'BASED_IN', 'united-states'],
      ['japan', 'MEMBER_OF', 'g7'],
      ['italy', 'MEMBER_OF', 'g7'],
      ['united-states', 'MEMBER_OF', 'g7'],
      ['italy', 'PART_OF', 'europe'],
    ]) {
      expect(rel(from, type, to)?.sources).toEqual(['background']);
    }
  });

  it('keeps event dates with their precision, the Italian ban ending on a background date', () => {
    const ban = entity('italy-chatgpt-limitation') as EventSeed;
    expect(ban.endDate).toEqual({ value: '2023-04-28', precision: DatePrecision.DAY });
    expect(ban.propertySources).toEqual({ endDate: ['background'] });
    const letter = entity('ai-pause-open-letter') as EventSeed;
    expect(letter).toMatchObject({ datePrecision: DatePrecision.MONTH, endValue: '2023-03-31', signatories: 1000 });
    expect(entity('g7-digital-ministers-meeting')).toMatchObject({ endValue: '2023-04-30' });
  });

  it('places every event but the data breach in exactly one place', () => {
    const events = graph.entities.filter((e) => e.type === EntityType.EVENT);
    expect(events).toHaveLength(11);
    for (const event of events) {
      const places = graph.relationships.filter((r) => r.type === RelationshipType.HELD_IN && r.from === event.id);
      expect([event.id, places.length]).toEqual([event.id, event.id === 'chatgpt-data-breach' ? 0 : 1]);
    }
  });

  it('links every entity the article names to it, but not the sources or the author (who AUTHORED it)', () => {
    const mentioned = graph.relationships.filter((r) => r.type === RelationshipType.MENTIONED_IN);
    expect(mentioned.every((r) => r.to === ARTICLE && r.sources.join() === ARTICLE)).toBe(true);
    const expected = graph.entities
      .filter((e) => e.type !== EntityType.SOURCE && e.id !== 'anubha-pandey')
      .map((e) => e.id);
    expect(mentioned.map((r) => r.from).sort()).toEqual(expected.sort());
    expect(rel('anubha-pandey', 'AUTHORED', ARTICLE)).toBeDefined();
  });
});

describe('validateSeed refuses a bad seed, naming file and record', () => {
  it('accepts the small valid seed used below', () => {
    expect(validateSeed(smallSeed()).entities).toHaveLength(3);
  });

  it('refuses an unknown relationship type', () => {
    const files = withExtra('extra.json', { relationships: [{ from: 'ann', type: 'HOLDS_POSITON', to: 'acme', sources: ['src'] }] });
    expect(problemsOf(files)).toEqual([
      'extra.json: relationships[0] (ann HOLDS_POSITON acme): unknown relationship type "HOLDS_POSITON"',
    ]);
  });

  it('refuses a reference to an id no file defines', () => {
    const files = withExtra('extra.json', { relationships: [{ from: 'ann', type: 'MEMBER_OF', to: 'nobody', sources: ['src'] }] });
    expect(problemsOf(files)).toEqual([
      'extra.json: relationships[0] (ann MEMBER_OF nobody): "to" refers to unknown id "nobody" (not defined in any seed file)',
    ]);
  });

  it('refuses an id defined in two files, naming both places', () => {
    const files = withExtra('more-people.json', { entities: [{ type: 'TOPIC', id: 'ann', name: 'Ann again', sources: ['src'] }] });
    expect(problemsOf(files)).toEqual([
      'more-people.json: entities[0] (id "ann"): duplicate id "ann", already defined at people.json: entities[0] (id "ann")',
    ]);
  });

  it('refuses the same relationship triple twice', () => {
    const files = withExtra('extra.json', { relationships: [{ from: 'ann', type: 'HOLDS_POSITION', to: 'acme', sources: ['src'] }] });
    expect(problemsOf(files)[0]).toMatch(/^extra\.json: relationships\[0\] \(ann HOLDS_POSITION acme\): duplicate relationship, already defined at relationships\.json: relationships\[0\]/);
  });

  it.each([
    ['2023-02-30', 'has no day 30 in 2023-02'],
    ['2023-13', 'has no month 13'],
    ['2023-4-1', 'is not a date'],
    ['April 2023', 'is not a date'],
  ])('refuses the date "%s"', (date, reason) => {
    const files = withExtra('extra.json', { relationships: [{ from: 'ann', type: 'MEMBER_OF', to: 'acme', since: date, sources: ['src'] }] });
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`extra.json: relationships[0] (ann MEMBER_OF acme): "since": "${date}" ${reason}`);
  });

  it('refuses an end before its start', () => {
    const files = withExtra('events.json', {
      entities: [{ type: 'EVENT', id: 'ev', name: 'Ev', category: 'MEETING', startDate: '2023-04-10', endDate: '2023-03', sources: ['src'] }],
      relationships: [{ from: 'ann', type: 'MEMBER_OF', to: 'acme', since: '2023-05', until: '2023-04-30', sources: ['src'] }],
    });
    expect(problemsOf(files)).toEqual([
      'events.json: entities[0] (id "ev"): "endDate" "2023-03" is before "startDate" "2023-04-10"',
      'events.json: relationships[0] (ann MEMBER_OF acme): "until" "2023-04-30" is before "since" "2023-05"',
    ]);
  });

  it('refuses an unknown field, catching typos', () => {
    const files = withExtra('extra.json', { entities: [{ type: 'PERSON', id: 'taro-kono', name: 'Taro Kono', alias: ['Kono'], sources: ['src'] }] });
    expect(problemsOf(files)).toEqual(['extra.json: entities[0] (id "taro-kono"): unknown field "alias"']);
  });

  it('refuses a kind-specific field on another kind, and a missing required one', () => {
    const files = withExtra('extra.json', {
      entities: [
        { type: 'PERSON', id: 'bob', name: 'Bob', isoCode: 'JP', sources: ['src'] },
        { type: 'EVENT', id: 'ev', name: 'Ev', sources: ['src'] },
        { type: 'COUNTRY', id: 'jp', name: 'Japan', isoCode: 'jp', sources: ['src'] },
        { type: 'ORGANIZATION', id: 'org', name: 'Org', category: 'MEETING', sources: ['src'] },
      ],
    });
    expect(problemsOf(files)).toEqual([
      'extra.json: entities[0] (id "bob"): field "isoCode" is not allowed on PERSON (only on COUNTRY)',
      'extra.json: entities[1] (id "ev"): missing required field "category"',
      'extra.json: entities[1] (id "ev"): missing required field "startDate"',
      'extra.json: entities[2] (id "jp"): "isoCode" "jp" must be two upper-case letters',
      'extra.json: entities[3] (id "org"): unknown organization category "MEETING"',
    ]);
  });

  it('refuses a record without sources, or citing an entity that is not a SOURCE', () => {
    const files = withExtra('extra.json', {
      entities: [{ type: 'TOPIC', id: 'privacy', name: 'Privacy' }],
      relationships: [{ from: 'ann', type: 'MEMBER_OF', to: 'acme', sources: ['acme'] }],
    });
    expect(problemsOf(files)).toEqual([
      'extra.json: entities[0] (id "privacy"): missing required field "sources"',
      'extra.json: relationships[0] (ann MEMBER_OF acme): "sources" lists "acme", which is of type ORGANIZATION, not SOURCE',
    ]);
  });

  it('refuses propertySources for a property the record does not have', () => {
    const files = withExtra('extra.json', {
      relationships: [{ from: 'ann', type: 'MEMBER_OF', to: 'acme', since: '2020', sources: ['src'], propertySources: { until: ['src'] } }],
    });
    expect(problemsOf(files)).toEqual([
      'extra.json: relationships[0] (ann MEMBER_OF acme): "propertySources" names "until", which is not a property of this record',
    ]);
  });

  it('reports every problem of every file at once, in the error message too', () => {
    const files = withExtra('extra.json', {
      entities: [{ type: 'PERSN', id: 'Bad_Id', name: '', sources: [] }],
      relationships: [{ from: 'ghost', type: 'LED_TO', to: 'ann', sources: ['nowhere'] }],
    });
    const problems = problemsOf(files);
    expect(problems).toEqual([
      'extra.json: entities[0] (id "Bad_Id"): unknown entity type "PERSN"',
      'extra.json: entities[0] (id "Bad_Id"): "id" "Bad_Id" is not a kebab-case id (lower-case letters, digits, single hyphens)',
      'extra.json: entities[0] (id "Bad_Id"): "name" must be a non-empty string',
      'extra.json: entities[0] (id "Bad_Id"): "sources" must not be empty',
      'extra.json: relationships[0] (ghost LED_TO ann): "from" refers to unknown id "ghost" (not defined in any seed file)',
      'extra.json: relationships[0] (ghost LED_TO ann): "sources" refers to unknown id "nowhere" (not defined in any seed file)',
    ]);
    expect(() => validateSeed(files)).toThrow(/Invalid seed graph \(6 problems\):\n {2}- extra\.json: entities\[0\]/);
  });

  it('refuses a file that is not an object of entities and relationships', () => {
    expect(problemsOf([{ path: 'a.json', content: [] }, { path: 'b.json', content: { entity: [], relationships: {} } }])).toEqual([
      'a.json: must be a JSON object with "entities" and/or "relationships"',
      'b.json: unknown top-level key "entity" (expected "entities", "relationships")',
      'b.json: "relationships" must be an array',
    ]);
  });
});

describe('references to entities outside the files', () => {
  const files = () =>
    withExtra('extra.json', {
      relationships: [
        { from: 'ann', type: 'MEMBER_OF', to: 'existing-org', sources: ['existing-source'] },
        { from: 'acme', type: 'BASED_IN', to: 'existing-country', sources: ['src'] },
      ],
    });

  it('are errors by default', () => {
    expect(problemsOf(files())).toHaveLength(3);
  });

  it('are returned, sorted, with { allowExternalRefs: true } for the loader to check', () => {
    expect(validateSeed(files(), { allowExternalRefs: true }).externalRefs).toEqual([
      'existing-country',
      'existing-org',
      'existing-source',
    ]);
  });
});

describe('dates', () => {
  it('infers the precision from the format and stores the first day of the period', () => {
    expect(parseSeedDate('2023-04-10')).toEqual({ value: '2023-04-10', precision: DatePrecision.DAY });
    expect(parseSeedDate('2023-04')).toEqual({ value: '2023-04-01', precision: DatePrecision.MONTH });
    expect(parseSeedDate('2019')).toEqual({ value: '2019-01-01', precision: DatePrecision.YEAR });
  });

  it('knows the last day of a period, leap years included', () => {
    expect(lastDayOf(parseSeedDate('2023-02'))).toBe('2023-02-28');
    expect(lastDayOf(parseSeedDate('2024-02'))).toBe('2024-02-29');
    expect(lastDayOf(parseSeedDate('2024'))).toBe('2024-12-31');
    expect(lastDayOf(parseSeedDate('2023-04-10'))).toBe('2023-04-10');
  });

  it('derives validFrom (first day of since) and validTo (last day of until, inclusive)', () => {
    const [relationship] = validateSeed(smallSeed()).relationships;
    expect(relationship).toMatchObject({
      id: 'ann:HOLDS_POSITION:acme',
      since: { value: '2023-02-01', precision: DatePrecision.MONTH },
      until: { value: '2024-01-01', precision: DatePrecision.YEAR },
      validFrom: '2023-02-01',
      validTo: '2024-12-31',
    });
  });

  it('accepts 29 February only in a leap year', () => {
    const at = (since: string) => withExtra('extra.json', { relationships: [{ from: 'ann', type: 'MEMBER_OF', to: 'acme', since, sources: ['src'] }] });
    expect(validateSeed(at('2024-02-29')).relationships.find((r) => r.id === 'ann:MEMBER_OF:acme')).toMatchObject({ validFrom: '2024-02-29' });
    expect(problemsOf(at('2023-02-29'))).toHaveLength(1);
  });
});

describe('readSeedFolder', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'seed-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads every *.json directly in the folder, sorted, and nothing else', () => {
    writeFileSync(join(folder, 'b.json'), '{"entities": []}');
    writeFileSync(join(folder, 'a.json'), '{}');
    writeFileSync(join(folder, 'notes.md'), '# not seed');
    mkdirSync(join(folder, 'drafts'));
    writeFileSync(join(folder, 'drafts', 'c.json'), '{}');
    expect(readSeedFolder(folder)).toEqual([
      { path: join(folder, 'a.json'), content: {} },
      { path: join(folder, 'b.json'), content: { entities: [] } },
    ]);
  });

  it('names every file that is not valid JSON', () => {
    writeFileSync(join(folder, 'good.json'), '{}');
    writeFileSync(join(folder, 'people.json'), '{"entities": [');
    expect(() => readSeedFolder(folder)).toThrow(SeedValidationError);
    expect(() => readSeedFolder(folder)).toThrow(`${join(folder, 'people.json')}: not valid JSON`);
  });
});

describe('the relationship kinds table', () => {
  it('accepts the shipped seed graph', () => {
    const files = readSeedFolder(seedDataDir());
    const inFiles = files.reduce((sum, file) => sum + ((file.content as { relationships?: unknown[] }).relationships?.length ?? 0), 0);
    // Every relationship of the files is accepted, none dropped: 105 of them.
    expect(validateSeed(files).relationships).toHaveLength(inFiles);
    expect(inFiles).toBe(105);
  });

  it('refuses a person who IMPOSED a country, naming the end at fault', () => {
    const files = withExtra('extra.json', { relationships: [{ from: 'ann', type: 'IMPOSED', to: 'acme', sources: ['src'] }] });
    expect(problemsOf(files)).toEqual([
      'extra.json: relationships[0] (ann IMPOSED acme): "from": a PERSON cannot be the start of IMPOSED (allowed: ORGANIZATION, COUNTRY)',
    ]);
  });

  it('refuses text longer than the rules allow', () => {
    const files = withExtra('extra.json', { entities: [{ type: 'TOPIC', id: 'long', name: 'x'.repeat(501), sources: ['src'] }] });
    expect(problemsOf(files)).toEqual(['extra.json: entities[0] (id "long"): "name" is longer than 500 characters']);
  });
});
