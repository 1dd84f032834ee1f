import Ajv from 'ajv';
import { EXTEND_RESPONSE, MANIFEST, PROPERTY_PROPOSAL, RESULT_BATCH, SUGGEST_ENTITIES, SUGGEST_NAMED } from '../support/reconciliation-schemas';
import { startTestServer, type TestServer } from '../support/test-server';

interface Candidate {
  id: string;
  name: string;
  score: number;
  match: boolean;
  type: Array<{ id: string; name: string }>;
}
type ResultBatch = Record<string, { result: Candidate[] }>;

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = Object.fromEntries(
  Object.entries({ MANIFEST, RESULT_BATCH, SUGGEST_ENTITIES, SUGGEST_NAMED, PROPERTY_PROPOSAL, EXTEND_RESPONSE }).map(([name, schema]) => [name, ajv.compile(schema)]),
);

/** Fails with ajv's own account of what is wrong when `body` breaks the schema. */
function expectValid(schema: keyof typeof validators, body: unknown): void {
  const validate = validators[schema];
  expect({ valid: validate(body), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
}

describe('reconciliation service, W3C Reconciliation API 0.2 (real HTTP, seeded Neo4j)', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer({ production: true });
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await server.stop();
  });

  /** The OpenRefine way: a form-encoded POST of `queries`. */
  async function post(form: Record<string, string>): Promise<{ status: number; body: unknown; headers: Headers }> {
    const response = await fetch(`${base}/reconcile`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://openrefine.example' }, body: new URLSearchParams(form) });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  async function get(path: string): Promise<{ status: number; body: unknown; text: string; headers: Headers }> {
    const response = await fetch(`${base}${path}`, { headers: { origin: 'https://openrefine.example' } });
    const text = await response.text();
    const body = response.headers.get('content-type')?.startsWith('application/json') ? (JSON.parse(text) as unknown) : null;
    return { status: response.status, body, text, headers: response.headers };
  }

  async function reconcile(queries: Record<string, unknown>): Promise<ResultBatch> {
    const { status, body } = await post({ queries: JSON.stringify(queries) });
    expect(status).toBe(200);
    expectValid('RESULT_BATCH', body);
    return body as ResultBatch;
  }

  const ids = (batch: ResultBatch, key: string) => batch[key].result.map((candidate) => candidate.id);

  it('serves its manifest on a bare GET, with CORS for any origin (even in production)', async () => {
    const { status, body, headers } = await get('/reconcile');
    expect(status).toBe(200);
    expectValid('MANIFEST', body);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    const manifest = body as { versions: string[]; defaultTypes: Array<{ id: string }>; view: { url: string }; batchSize: number };
    expect(manifest.versions).toContain('0.2');
    expect(manifest.defaultTypes.map((type) => type.id)).toEqual(['PERSON', 'ORGANIZATION', 'COUNTRY', 'EVENT', 'PRODUCT', 'TOPIC', 'SOURCE']);
    expect(manifest.view.url).toBe(`${base}/explore?focus={{id}}`);
    expect(manifest.batchSize).toBe(50);
  });

  it('answers an OpenRefine batch (form-encoded POST) keyed as asked, in both scripts, the exact match marked', async () => {
    const batch = await reconcile({ q0: { query: 'Kishida' }, q1: { query: '日本', limit: 3 }, q2: { query: 'Kōno Tarō', type: 'PERSON' } });
    expect(Object.keys(batch)).toEqual(['q0', 'q1', 'q2']);
    expect(batch.q0.result[0]).toMatchObject({ id: 'fumio-kishida', name: 'Fumio Kishida', type: [{ id: 'PERSON', name: 'Person' }], match: true });
    expect(batch.q1.result[0]).toMatchObject({ id: 'japan', match: true });
    expect(batch.q1.result.length).toBeLessThanOrEqual(3);
    expect(batch.q2.result[0]).toMatchObject({ id: 'taro-kono', match: true });
    for (const key of ['q0', 'q1', 'q2']) expect(batch[key].result.slice(1).every((candidate) => candidate.match === false)).toBe(true);
  });

  it('answers the same batch by GET, and as JSONP with a callback', async () => {
    const queries = encodeURIComponent(JSON.stringify({ q0: { query: 'OpenAI' } }));
    const plain = await get(`/reconcile?queries=${queries}`);
    expectValid('RESULT_BATCH', plain.body);
    expect(ids(plain.body as ResultBatch, 'q0')[0]).toBe('openai');
    const jsonp = await get(`/reconcile?queries=${queries}&callback=handle`);
    expect(jsonp.headers.get('content-type')).toMatch(/^application\/javascript/);
    const payload = /^\/\*\*\/handle\((.*)\);$/s.exec(jsonp.text);
    expect(JSON.parse(payload![1])).toEqual(plain.body);
  });

  it('lets a type constraint change the ranking: "Japan" is the country, or as an organization the government', async () => {
    const batch = await reconcile({ any: { query: 'Japan' }, organization: { query: 'Japan', type: 'ORGANIZATION' } });
    expect(ids(batch, 'any')[0]).toBe('japan');
    expect(ids(batch, 'organization')[0]).toBe('government-of-japan');
    expect(batch.organization.result.every((candidate) => candidate.type[0].id === 'ORGANIZATION')).toBe(true);
  });

  it('lets a property condition change the ranking: "Italy" imposed by the Garante is the limitation of ChatGPT', async () => {
    const batch = await reconcile({
      plain: { query: 'Italy' },
      imposed: { query: 'Italy', properties: [{ pid: 'IMPOSED', v: { id: 'italian-data-protection-authority' } }] },
      country: { query: 'Garante', properties: [{ pid: 'country', v: 'Italia' }] },
    });
    expect(ids(batch, 'plain')[0]).toBe('italy');
    expect(ids(batch, 'imposed')[0]).toBe('italy-chatgpt-limitation');
    expect(batch.imposed.result[0].score).toBeGreaterThan(batch.imposed.result[1].score);
    expect(batch.country.result[0]).toMatchObject({ id: 'italian-data-protection-authority', match: true });
  });

  it('suggests entities (by prefix, of a type), types and properties', async () => {
    const entities = await get('/reconcile/suggest/entity?prefix=kish');
    expectValid('SUGGEST_ENTITIES', entities.body);
    expect((entities.body as { result: Array<{ id: string }> }).result[0].id).toBe('fumio-kishida');
    const typed = await get('/reconcile/suggest/entity?prefix=japan&type=ORGANIZATION');
    expect((typed.body as { result: Array<{ id: string }> }).result[0].id).toBe('government-of-japan');
    const types = await get('/reconcile/suggest/type?prefix=org');
    expectValid('SUGGEST_NAMED', types.body);
    expect(types.body).toEqual({ result: [{ id: 'ORGANIZATION', name: 'Organization' }] });
    const properties = await get('/reconcile/suggest/property?prefix=coun');
    expectValid('SUGGEST_NAMED', properties.body);
    expect((properties.body as { result: Array<{ id: string }> }).result.map((p) => p.id)).toContain('country');
  });

  it('previews an entity as a small HTML card with no outside assets', async () => {
    const { status, text, headers } = await get('/reconcile/preview?id=taro-kono');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(text).toContain('Taro Kono');
    expect(text).toContain('河野太郎');
    expect(text).not.toMatch(/<(script|link|img)\b|https?:\/\//);
    expect((await get('/reconcile/preview?id=nobody')).status).toBe(404);
  });

  it('proposes properties and extends rows with countries, aliases and positions', async () => {
    const proposal = await get('/reconcile/properties?type=PERSON&limit=3');
    expectValid('PROPERTY_PROPOSAL', proposal.body);
    expect(proposal.body).toMatchObject({ type: 'PERSON', limit: 3 });
    const query = { ids: ['government-of-japan', 'fumio-kishida', 'nobody'], properties: [{ id: 'country' }, { id: 'aliases' }, { id: 'HOLDS_POSITION' }] };
    const { status, body } = await post({ extend: JSON.stringify(query) });
    expect(status).toBe(200);
    expectValid('EXTEND_RESPONSE', body);
    const rows = (body as { rows: Record<string, Record<string, unknown[]>> }).rows;
    expect(rows['government-of-japan'].country).toEqual([{ id: 'japan', name: 'Japan' }]);
    expect(rows['fumio-kishida'].aliases).toContainEqual({ str: '岸田文雄' });
    expect(rows['fumio-kishida'].HOLDS_POSITION).toContainEqual({ id: 'government-of-japan', name: 'Government of Japan' });
    expect(rows.nobody).toEqual({ country: [], aliases: [], HOLDS_POSITION: [] });
  });

  describe('bad input: a 4xx with a JSON body, and the service keeps answering', () => {
    it.each([
      ['malformed queries JSON', { queries: '{"q0": ' }, 400],
      ['an unknown type', { queries: JSON.stringify({ q0: { query: 'Japan', type: 'PLANET' } }) }, 400],
      ['an empty query', { queries: JSON.stringify({ q0: { query: ' ' } }) }, 400],
      ['an unknown property', { queries: JSON.stringify({ q0: { query: 'Japan', properties: [{ pid: 'colour', v: 'red' }] } }) }, 400],
      ['a batch over batchSize', { queries: JSON.stringify(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, { query: 'Japan' }]))) }, 400],
      ['malformed extend JSON', { extend: '[' }, 400],
      ['an unknown extension property', { extend: JSON.stringify({ ids: ['japan'], properties: [{ id: 'colour' }] }) }, 400],
    ])('%s', async (_what, form, status) => {
      const response = await post(form);
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect((await get('/reconcile')).status).toBe(200);
    });

    it('refuses a callback that is not a function name', async () => {
      const { status, body } = await get('/reconcile?callback=alert(1)');
      expect(status).toBe(400);
      expect(body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    });
  });
});
