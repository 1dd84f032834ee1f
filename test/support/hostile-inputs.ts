import { Prng } from './prng';

/** One generated request to /graphql. */
export interface HostileRequest {
  /** The family it comes from, for the failure report. */
  readonly kind: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Query string of a GET, without `?`. */
  readonly search?: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array;
}

const JSON_TYPE = { 'content-type': 'application/json' };

const CYPHER = [
  '") MATCH (n) DETACH DELETE n //',
  "' OR 1=1 RETURN n --",
  '}) RETURN 1 UNION MATCH (n) RETURN n //',
  'x`) DETACH DELETE n WITH 1 AS `',
  '$id',
  '{id: "japan"}',
  'CALL dbms.components() YIELD name RETURN name',
  'japan"}) SET n.name = "pwned" //',
  '\\"; MATCH (n) RETURN count(n); //',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
];
const LUCENE = ['AND (', '*:*', 'name:/.*/', '~~~~', 'a^^9', '[* TO *]', '\\', '"unterminated', '((((((((', 'OR OR OR', '&&||!', '?*?*?*', 'aliases:*', '-+-+'];
const UNICODE = [
  '\ud800',
  '\udfff\ud800',
  '\u0000',
  '\u202e\u202dreversed',
  '\u200b\u200c\u200d\ufeff',
  'e\u0301'.repeat(300),
  '🏃‍♀️🏊‍♂️🇯🇵',
  '岸田\u0000文雄',
  'ｱﾙﾄﾏﾝ\uff5e',
  '\uffff\ufffe',
  '𝔎𝔬𝔫𝔬',
];
const ARGUMENT_VALUES = ['123', '-1', '0', '2147483648', '1e100', '2.5', 'null', 'true', '"ten"', '[]', '{}', 'PERSON', '"2023-13-45"', '[1, [2]]'];

const ops = {
  entity: (id: string) => ({ query: 'query ($id: ID!) { entity(id: $id) { id name } }', variables: { id } }),
  search: (text: string) => ({ query: 'query ($text: String!) { search(text: $text) { score entity { id } } }', variables: { text } }),
  neighborhood: (id: string) => ({ query: 'query ($id: ID!) { neighborhood(id: $id) { nodes { id } } }', variables: { id } }),
  path: (from: string, to: string) => ({ query: 'query ($f: ID!, $t: ID!) { shortestPath(from: $f, to: $t) { length } }', variables: { f: from, t: to } }),
};

const post = (kind: string, body: unknown, headers: Record<string, string> = JSON_TYPE): HostileRequest => ({
  kind,
  method: 'POST',
  headers,
  body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
});

/** Mostly printable ASCII, some control characters and BMP characters; no lone surrogates (see UNICODE). */
function randomText(r: Prng, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const code = r.chance(0.8) ? r.int(32, 126) : r.int(0, 0xffff);
    text += String.fromCharCode(code >= 0xd800 && code <= 0xdfff ? 0xfffd : code);
  }
  return text;
}

/** Families of bad input; each takes the generator and makes one request. */
const FAMILIES: Array<(r: Prng) => HostileRequest> = [
  // Malformed JSON bodies.
  (r) => {
    const good = JSON.stringify(ops.entity('japan'));
    const cut = good.slice(0, r.int(0, good.length - 1));
    return post('malformed-json', r.pick([cut, `${good}}`, `{'query': '{ __typename }'}`, 'NaN', '"just a string"', '[[[[', `\ufeff${good}`, good.replace(':', ''), randomText(r, r.int(1, 200))]));
  },
  (r) => post('deep-json', `${'['.repeat(r.int(1000, 20000))}${']'.repeat(r.int(0, 10))}`),
  (r) => {
    const depth = r.int(100, 3000);
    return post('deep-variables', `{"query":"query ($id: ID!) { entity(id: $id) { id } }","variables":{"id":${'['.repeat(depth)}1${']'.repeat(depth)}}}`);
  },
  // Huge strings: within the body limit (argument bounds answer) and over it (413).
  (r) => post('huge-string', r.pick([ops.search('a'.repeat(r.int(201, 90_000))), ops.entity('x'.repeat(r.int(1000, 90_000))), ops.path('y'.repeat(50_000), 'japan')])),
  (r) => post('over-body-limit', { query: `{ search(text: "${'z'.repeat(r.int(110_000, 300_000))}") { score } }` }),
  // Deep selections and alias floods.
  (r) => {
    const depth = r.int(10, 400);
    return post('deep-selection', { query: `{ entity(id: "japan") { ${'relationships { edges { node { to { '.repeat(depth)}id${' } } } }'.repeat(depth)} } }` });
  },
  (r) => post('alias-flood', { query: `{ ${Array.from({ length: r.int(16, 600) }, (_, i) => `a${i}: entity(id: "japan") { id }`).join(' ')} }` }),
  (r) => post('directive-flood', { query: `{ entity(id: "japan") { ${'id @skip(if: false) '.repeat(r.int(21, 400))} } }` }),
  (r) => post('fragment-cycle', { query: 'query { entity(id: "japan") { ...A } } fragment A on Entity { ...B } fragment B on Entity { ...A }' + ' '.repeat(r.int(0, 3)) }),
  // Wrong variable and argument types.
  (r) => post('wrong-variable', { ...ops.entity('japan'), variables: { id: r.pick([123, {}, [], null, true, 1.5, ['japan']]) } }),
  (r) => post('wrong-argument', { query: `{ entities(first: ${r.pick(ARGUMENT_VALUES)}) { totalCount } }` }),
  (r) => post('wrong-argument', { query: `{ neighborhood(id: "japan", depth: ${r.pick(ARGUMENT_VALUES)}, limit: ${r.pick(ARGUMENT_VALUES)}) { nodes { id } } }` }),
  (r) => post('wrong-argument', { query: `{ timeline(from: ${r.pick(ARGUMENT_VALUES)}, categories: ${r.pick(ARGUMENT_VALUES)}) { id } }` }),
  // Cypher and Lucene syntax where ids and search text go.
  (r) => post('cypher-in-id', r.pick([ops.entity(r.pick(CYPHER)), ops.neighborhood(r.pick(CYPHER)), ops.path(r.pick(CYPHER), r.pick(CYPHER))])),
  (r) => post('lucene-in-search', ops.search(r.pick([...LUCENE, ...CYPHER]) + (r.chance(0.5) ? r.pick(LUCENE) : ''))),
  (r) => post('cypher-in-literal', { query: `{ entity(id: ${JSON.stringify(r.pick(CYPHER))}) { id } }` }),
  // Unicode edge cases, as JSON strings and as raw bytes.
  (r) => post('unicode', r.pick([ops.search(r.pick(UNICODE)), ops.entity(r.pick(UNICODE)), { query: `{ search(text: ${JSON.stringify(r.pick(UNICODE))}) { score } }` }])),
  (r) => post('invalid-utf8', new Uint8Array([...Buffer.from('{"query":"{ search(text: \\"'), ...r.pick([[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff, 0xfe], [0xf8, 0x88, 0x80, 0x80, 0x80]]), ...Buffer.from('\\") { score } }"}')])),
  // Content types that are not JSON, and charsets that are not UTF-8.
  (r) =>
    post('content-type', JSON.stringify(ops.entity('japan')), {
      'content-type': r.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/graphql', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'image/png', 'application/jsonx']),
    }),
  () => ({ kind: 'no-content-type', method: 'POST', headers: {}, body: JSON.stringify(ops.entity('japan')) }),
  // Shapes of request Apollo refuses.
  (r) => post('bad-shape', r.pick<unknown>([{}, { query: 123 }, { query: { kind: 'Document' } }, { query: '{ __typename }', variables: '{}' }, { query: '{ __typename }', extensions: [] }, { query: '{ __typename }', operationName: 5 }, [{ query: '{ __typename }' }], { query: '' }, { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }])),
  (r) => ({ kind: 'method', method: r.pick(['PUT', 'DELETE', 'PATCH'] as const), headers: JSON_TYPE, body: JSON.stringify(ops.entity('japan')) }),
  (r) => ({
    kind: 'get',
    method: 'GET',
    headers: { 'apollo-require-preflight': 'true', ...(r.chance(0.3) ? { accept: r.pick(['application/xml', 'text/html;q=0', '*/*;q=0']) } : {}) },
    search: r.pick([`query=${encodeURIComponent('{ entity(id: "japan") { id } }')}&variables=%7Bbad`, 'query=%E0%A4%A', `query=${encodeURIComponent(randomText(r, 50))}`, 'query=a&query=b', `variables=${encodeURIComponent('{"id":1}')}`, '']),
  }),
  // Random damage to a valid operation.
  (r) => {
    const chars = [...'{ entity(id: "sam-altman") { name relationships(first: 5) { edges { node { type to { id } } } } } }'];
    for (let i = r.int(1, 6); i > 0; i -= 1) chars[r.int(0, chars.length - 1)] = r.pick(['{', '}', '(', ')', '"', '$', '@', '...', ':', '!', '#', '\\', randomText(r, 1)]);
    return post('fuzzed-query', { query: chars.join('') });
  },
];

/** `count` requests, the same for the same seed. */
export function hostileRequests(count: number, seed: number): HostileRequest[] {
  const r = new Prng(seed);
  return Array.from({ length: count }, (_, i) => FAMILIES[i % FAMILIES.length](r));
}

/** Every hostile string above, for generators of other requests (the curation mutations). */
export const HOSTILE_STRINGS: readonly string[] = [...CYPHER, ...LUCENE, ...UNICODE];
