import { isDate, isInt, type Driver } from 'neo4j-driver';
import { readSeedFolder, validateSeed } from '../../src/graph/seed/validate-seed';
import { seedDataDir } from '../../src/paths';
import { testDriver } from '../support/test-server';

/*
 * The shipped graph as the database holds it after start-up, checked against design/facts.md. The
 * expectations below are written from facts.md by hand, not read from seed/data, so a seed file
 * that drifts from the facts fails here.
 */

const ARTICLE = 'article-openai-japan-2023';
const BACKGROUND = 'background';

type Props = Record<string, unknown>;

/** facts.md "People", "Organizations", "Countries and regions", "Products", "Topics", "Sources". */
const ENTITIES: Array<{ id: string; kind: string; name?: string; aliases?: string[]; props?: Props }> = [
  { id: 'sam-altman', kind: 'Person', name: 'Sam Altman', aliases: ['Altman', 'サム・アルトマン'] },
  { id: 'fumio-kishida', kind: 'Person', name: 'Fumio Kishida', aliases: ['Kishida', '岸田文雄'] },
  { id: 'hirokazu-matsuno', kind: 'Person', name: 'Hirokazu Matsuno', aliases: ['Matsuno', '松野博一'] },
  { id: 'taro-kono', kind: 'Person', name: 'Taro Kono', aliases: ['Kono', '河野太郎'] },
  { id: 'elon-musk', kind: 'Person', name: 'Elon Musk', aliases: ['Musk', 'イーロン・マスク'] },
  { id: 'anubha-pandey', kind: 'Person', name: 'Anubha Pandey', aliases: ['Pandey'] },
  { id: 'openai', kind: 'Organization', name: 'OpenAI', props: { category: 'COMPANY' } },
  { id: 'twitter', kind: 'Organization', name: 'Twitter', props: { category: 'COMPANY' } },
  { id: 'government-of-japan', kind: 'Organization', name: 'Government of Japan', aliases: ['the Cabinet'], props: { category: 'GOVERNMENT' } },
  { id: 'liberal-democratic-party', kind: 'Organization', name: 'Liberal Democratic Party', props: { category: 'POLITICAL_PARTY' } },
  {
    id: 'italian-data-protection-authority',
    kind: 'Organization',
    name: 'Italian Data Protection Authority',
    aliases: ['Garante per la protezione dei dati personali'],
    props: { category: 'REGULATOR' },
  },
  { id: 'us-federal-trade-commission', kind: 'Organization', name: 'US Federal Trade Commission', props: { category: 'REGULATOR' } },
  { id: 'g7', kind: 'Organization', name: 'Group of Seven', props: { category: 'INTERGOVERNMENTAL' } },
  { id: 'japan', kind: 'Country', name: 'Japan', aliases: ['日本'], props: { isoCode: 'JP' } },
  { id: 'italy', kind: 'Country', name: 'Italy', props: { isoCode: 'IT' } },
  { id: 'united-states', kind: 'Country', name: 'United States', props: { isoCode: 'US' } },
  { id: 'europe', kind: 'Country', name: 'Europe', props: { isoCode: null } },
  { id: 'chatgpt', kind: 'Product', name: 'ChatGPT' },
  { id: 'gpt-4', kind: 'Product', name: 'GPT-4' },
  ...['privacy', 'copyright-infringement', 'cybersecurity', 'data-breaches', 'machine-generated-falsehoods', 'ai-safety',
    'government-workstyle-reform', 'japanese-language-ai', 'ai-regulation'].map((id) => ({ id, kind: 'Topic' })),
  {
    id: ARTICLE,
    kind: 'Source',
    name: 'OpenAI may open office in Japan as the country eyes AI adoption',
    props: { title: 'OpenAI may open office in Japan as the country eyes AI adoption', publishedOn: '2023-04-10' },
  },
  { id: BACKGROUND, kind: 'Source' },
];

/** facts.md "Events" (and "Background dates" for the Italian ban's end): [id, category, start, precision, place]. */
const EVENTS: Array<[string, string, string, string, string | null, Props?]> = [
  ['altman-kishida-meeting', 'MEETING', '2023-04-10', 'DAY', 'japan'],
  ['ldp-headquarters-meeting', 'MEETING', '2023-04-10', 'DAY', 'japan'],
  ['openai-japan-expansion', 'ANNOUNCEMENT', '2023-04-10', 'DAY', 'japan'],
  ['matsuno-adoption-remarks', 'STATEMENT', '2023-04-10', 'DAY', 'japan'],
  ['kono-workstyle-remarks', 'STATEMENT', '2023-04-10', 'DAY', 'japan'],
  ['chatgpt-data-breach', 'DATA_BREACH', '2023-03-20', 'DAY', null],
  ['italy-chatgpt-limitation', 'BAN', '2023-03-20', 'DAY', 'italy', { endDate: '2023-04-28', endDatePrecision: 'DAY' }],
  ['openai-remedy-proposal', 'PROPOSAL', '2023-04-01', 'MONTH', 'italy'],
  ['european-privacy-reviews', 'INVESTIGATION', '2023-04-01', 'MONTH', 'europe'],
  ['ai-pause-open-letter', 'OPEN_LETTER', '2023-03-01', 'MONTH', 'united-states', { signatories: 1000 }],
  ['g7-digital-ministers-meeting', 'SUMMIT', '2023-04-29', 'DAY', 'japan', { endDate: '2023-04-30', endDatePrecision: 'DAY' }],
];

/** A position from facts.md "Background dates": since/until with precision and the derived validity. */
const position = (title: string, since: [string, string], until?: [string, string], validTo?: string): Props => ({
  title,
  since: since[0],
  sincePrecision: since[1],
  until: until?.[0] ?? null,
  untilPrecision: until?.[1] ?? null,
  validFrom: since[0],
  validTo: validTo ?? until?.[0] ?? null,
});

/** facts.md "Relationships", one row per triple: [from, type, to, properties, sources]. */
const many = (froms: string[], type: string, tos: string[], sources?: string[]) =>
  froms.flatMap((from) => tos.map((to): Row => [from, type, to, {}, sources]));
type Row = [string, string, string, Props, string[]?];
const RELATIONSHIPS: Row[] = [
  ['sam-altman', 'HOLDS_POSITION', 'openai', position('Chief Executive Officer', ['2019-01-01', 'YEAR'])],
  ['fumio-kishida', 'HOLDS_POSITION', 'government-of-japan', position('Prime Minister', ['2021-10-04', 'DAY'], ['2024-10-01', 'DAY'])],
  ['hirokazu-matsuno', 'HOLDS_POSITION', 'government-of-japan', position('Chief Cabinet Secretary', ['2021-10-04', 'DAY'], ['2023-12-14', 'DAY'])],
  ['taro-kono', 'HOLDS_POSITION', 'government-of-japan', position('Minister for Digital Transformation', ['2022-08-10', 'DAY'], ['2024-10-01', 'DAY'])],
  ['elon-musk', 'HOLDS_POSITION', 'twitter', position('Chief Executive Officer', ['2022-10-27', 'DAY'], ['2023-06-05', 'DAY'])],
  ['elon-musk', 'CO_FOUNDED', 'openai', {}],
  ['anubha-pandey', 'AUTHORED', ARTICLE, {}],
  ...many(['openai'], 'DEVELOPS', ['chatgpt', 'gpt-4']),
  ...many(['openai', 'twitter'], 'BASED_IN', ['united-states'], [BACKGROUND]),
  ...many(['us-federal-trade-commission'], 'BASED_IN', ['united-states']),
  ...many(['government-of-japan', 'liberal-democratic-party'], 'BASED_IN', ['japan']),
  ...many(['italian-data-protection-authority'], 'BASED_IN', ['italy']),
  ...many(['japan', 'italy', 'united-states'], 'MEMBER_OF', ['g7'], [BACKGROUND]),
  ...many(['italy'], 'PART_OF', ['europe'], [BACKGROUND]),
  ['sam-altman', 'PARTICIPATED_IN', 'altman-kishida-meeting', { role: 'guest' }],
  ['fumio-kishida', 'PARTICIPATED_IN', 'altman-kishida-meeting', { role: 'host' }],
  ['sam-altman', 'PARTICIPATED_IN', 'ldp-headquarters-meeting', { role: 'guest' }],
  ['liberal-democratic-party', 'HOSTED', 'ldp-headquarters-meeting', {}],
  ['sam-altman', 'STATED', 'openai-japan-expansion', {}],
  ['hirokazu-matsuno', 'STATED', 'matsuno-adoption-remarks', {}],
  ['taro-kono', 'STATED', 'kono-workstyle-remarks', {}],
  ...EVENTS.filter(([, , , , place]) => place !== null).map(([id, , , , place]): Row => [id, 'HELD_IN', place as string, {}]),
  ...many(['altman-kishida-meeting'], 'CONCERNS', ['privacy', 'copyright-infringement', 'ai-safety']),
  ...many(['openai-japan-expansion'], 'CONCERNS', ['japanese-language-ai', 'openai']),
  ...many(['matsuno-adoption-remarks'], 'CONCERNS', ['privacy', 'cybersecurity', 'chatgpt']),
  ...many(['matsuno-adoption-remarks'], 'REFERS_TO', ['italy-chatgpt-limitation']),
  ...many(['kono-workstyle-remarks'], 'CONCERNS', ['government-workstyle-reform', 'machine-generated-falsehoods', 'chatgpt']),
  ...many(['kono-workstyle-remarks'], 'REFERS_TO', ['g7-digital-ministers-meeting']),
  ...many(['chatgpt-data-breach'], 'AFFECTED', ['chatgpt']),
  ...many(['chatgpt-data-breach'], 'LED_TO', ['italy-chatgpt-limitation']),
  ...many(['italian-data-protection-authority'], 'IMPOSED', ['italy-chatgpt-limitation']),
  ...many(['italy-chatgpt-limitation'], 'TARGETS', ['openai', 'chatgpt']),
  ...many(['italy-chatgpt-limitation'], 'CONCERNS', ['privacy', 'data-breaches']),
  ...many(['italy-chatgpt-limitation'], 'LED_TO', ['openai-remedy-proposal', 'european-privacy-reviews']),
  ['openai', 'PARTICIPATED_IN', 'openai-remedy-proposal', { role: 'proposer' }],
  ...many(['openai-remedy-proposal'], 'ADDRESSED_TO', ['italian-data-protection-authority']),
  ...many(['elon-musk'], 'SIGNED', ['ai-pause-open-letter']),
  ...many(['ai-pause-open-letter'], 'ADDRESSED_TO', ['us-federal-trade-commission']),
  ...many(['ai-pause-open-letter'], 'CONCERNS', ['gpt-4', 'ai-safety']),
  ...many(['g7'], 'ORGANIZED', ['g7-digital-ministers-meeting']),
  ...many(['g7-digital-ministers-meeting'], 'CONCERNS', ['ai-regulation', 'chatgpt']),
  // "Every entity named above", but sources (not mentioned in themselves) and the author (AUTHORED).
  ...many(
    [...ENTITIES.map((e) => e.id), ...EVENTS.map(([id]) => id)].filter((id) => ![ARTICLE, BACKGROUND, 'anubha-pandey'].includes(id)),
    'MENTIONED_IN',
    [ARTICLE],
    [ARTICLE],
  ),
];

const REL_FIELDS = ['title', 'role', 'since', 'sincePrecision', 'until', 'untilPrecision', 'validFrom', 'validTo'];
const EVENT_FIELDS = ['category', 'startDate', 'datePrecision', 'endDate', 'endDatePrecision', 'signatories'];

/** Neo4j values as plain JS: integers as numbers, dates as ISO strings. */
function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (value !== null && typeof value === 'object' && isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function plainProps(raw: Props): Props {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, plain(value)]));
}

/** The named fields, absent ones as null, so a property that should not be there shows up. */
function pick(props: Props, fields: string[]): Props {
  return Object.fromEntries(fields.map((field) => [field, props[field] ?? null]));
}

describe('The shipped seed graph in Neo4j', () => {
  let driver: Driver;
  const nodes = new Map<string, { kinds: string[]; raw: Props; props: Props }>();
  const rels = new Map<string, { raw: Props; props: Props }>();

  beforeAll(async () => {
    driver = testDriver();
    const n = await driver.executeQuery(`MATCH (e:Entity) RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'] AS kinds, properties(e) AS props`);
    for (const r of n.records) {
      const raw = r.get('props') as Props;
      nodes.set(r.get('id') as string, { kinds: r.get('kinds') as string[], raw, props: plainProps(raw) });
    }
    const q = await driver.executeQuery(`MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, properties(r) AS props`);
    for (const r of q.records) {
      const raw = r.get('props') as Props;
      rels.set(r.get('key') as string, { raw, props: plainProps(raw) });
    }
  });
  afterAll(() => driver.close());

  it('holds 6 people, 7 organizations, 4 countries and regions, 2 products, 9 topics, 11 events and 2 sources', () => {
    const counts: Record<string, number> = {};
    for (const { kinds } of nodes.values()) for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
    expect(counts).toEqual({ Person: 6, Organization: 7, Country: 4, Product: 2, Topic: 9, Event: 11, Source: 2 });
    expect(nodes.size).toBe(41);
  });

  it.each(ENTITIES.map((e) => [e.id, e] as const))('holds %s with its kind, name, aliases and properties', (id, expected) => {
    const node = nodes.get(id);
    expect(node?.kinds).toEqual([expected.kind]);
    if (expected.name !== undefined) expect(node?.props.name).toBe(expected.name);
    expect(node?.props.aliases).toEqual(expect.arrayContaining(expected.aliases ?? []));
    for (const [field, value] of Object.entries(expected.props ?? {})) expect([field, node?.props[field] ?? null]).toEqual([field, value]);
  });

  it.each(EVENTS.map((e) => [e[0], e] as const))('holds the event %s with its category and dates', (id, [, category, start, precision, , extra]) => {
    const node = nodes.get(id);
    expect(node?.kinds).toEqual(['Event']);
    expect(pick(node?.props ?? {}, EVENT_FIELDS)).toEqual({
      ...pick({}, EVENT_FIELDS),
      category,
      startDate: start,
      datePrecision: precision,
      ...extra,
    });
  });

  it('gives every entity a name, a description and sources that are Source nodes', () => {
    expect(nodes.size).toBe(41);
    for (const [id, { props }] of nodes) {
      expect([id, typeof props.name, typeof props.description]).toEqual([id, 'string', 'string']);
      const sources = props.sources as string[];
      expect([id, sources.length > 0]).toEqual([id, true]);
      for (const source of sources) expect([id, nodes.get(source)?.kinds]).toEqual([id, ['Source']]);
    }
  });

  it('stores dates as Neo4j DATEs, counts as integers and lists even when empty', () => {
    expect(isDate(nodes.get('altman-kishida-meeting')?.raw.startDate as object)).toBe(true);
    expect(isDate(nodes.get(ARTICLE)?.raw.publishedOn as object)).toBe(true);
    expect(isInt(nodes.get('ai-pause-open-letter')?.raw.signatories)).toBe(true);
    expect(isDate(rels.get('taro-kono HOLDS_POSITION government-of-japan')?.raw.validTo as object)).toBe(true);
    expect(nodes.get(BACKGROUND)?.props.propertySources).toEqual([]);
    expect(nodes.get('chatgpt-data-breach')?.props.aliases).toEqual(['ChatGPT data leak']);
  });

  it('takes the Italian ban end date from background, through propertySources', () => {
    expect(nodes.get('italy-chatgpt-limitation')?.props).toMatchObject({
      sources: expect.arrayContaining([ARTICLE, BACKGROUND]) as string[],
      propertySources: ['endDate:background'],
    });
  });

  it.each(RELATIONSHIPS.map((r) => [`${r[0]} ${r[1]} ${r[2]}`, r] as const))('holds %s with its properties and sources', (key, [, , , props, sources]) => {
    const rel = rels.get(key);
    expect(rel).toBeDefined();
    expect(pick(rel?.props ?? {}, REL_FIELDS)).toEqual({ ...pick({}, REL_FIELDS), ...props });
    expect(rel?.props.id).toBe(key.split(' ').join(':'));
    if (sources !== undefined) expect(rel?.props.sources).toEqual(sources);
    else expect((rel?.props.sources as string[]).length).toBeGreaterThan(0);
  });

  it('dates positions from background while the article states them', () => {
    const positions = [...rels].filter(([key]) => key.includes(' HOLDS_POSITION '));
    expect(positions.map(([key]) => key).sort()).toEqual(
      RELATIONSHIPS.filter(([, type]) => type === 'HOLDS_POSITION').map(([from, type, to]) => `${from} ${type} ${to}`).sort(),
    );
    for (const [key, rel] of positions) {
      expect([key, rel.props.sources]).toEqual([key, [ARTICLE, BACKGROUND]]);
      const dated = ['since', 'until'].filter((field) => rel.props[field] !== undefined);
      expect([key, rel.props.propertySources]).toEqual([key, dated.map((field) => `${field}:background`)]);
    }
  });

  it('holds exactly the relationships of facts.md, as many as the seed files define', () => {
    const expected = RELATIONSHIPS.map(([from, type, to]) => `${from} ${type} ${to}`);
    expect(new Set(expected).size).toBe(expected.length);
    expect([...rels.keys()].sort()).toEqual(expected.sort());
    expect(rels.size).toBe(validateSeed(readSeedFolder(seedDataDir())).relationships.length);
  });
});
