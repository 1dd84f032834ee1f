import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { parseTrustedDocuments } from '../../src/http/trusted-documents';

const DOCUMENT = '{ entity(id: "openai") { name } }';
const HASH = createHash('sha256').update(DOCUMENT).digest('hex');

function manifestFile(content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'trusted-')), 'persisted-documents.json');
  writeFileSync(file, content);
  return file;
}

describe('Trusted documents manifest', () => {
  it('reads GraphQL Code Generator\'s manifest (hex keys) and the draft\'s sha256: keys', () => {
    expect([...parseTrustedDocuments({ [HASH]: DOCUMENT })]).toEqual([[HASH, DOCUMENT]]);
    expect([...parseTrustedDocuments({ [`sha256:${HASH}`]: DOCUMENT })]).toEqual([[HASH, DOCUMENT]]);
    expect(loadConfig({ TRUSTED_DOCUMENTS: manifestFile(JSON.stringify({ [HASH]: DOCUMENT })) }).trustedDocuments?.get(HASH)).toBe(DOCUMENT);
  });

  it.each([
    ['not JSON', '{', /is not JSON$/],
    ['an array', '[]', /must be a JSON object of document hashes to documents$/],
    ['empty', '{}', /lists no document$/],
    ['a key that is no hash', JSON.stringify({ abc: DOCUMENT }), /key "abc" is not a sha256 hash/],
    ['a hash of another text', JSON.stringify({ [HASH]: `${DOCUMENT} ` }), /is not the sha256 of its document/],
    ['a document that is no string', JSON.stringify({ [HASH]: 1 }), /is not a non-empty string$/],
  ])('stops the start with one line naming TRUSTED_DOCUMENTS when the manifest is %s', (_case, content, problem) => {
    const file = manifestFile(content);
    let error: unknown;
    try {
      loadConfig({ TRUSTED_DOCUMENTS: file });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const [line] = (error as ConfigError).problems;
    expect(line).toMatch(new RegExp(`^TRUSTED_DOCUMENTS: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(line).toMatch(problem);
    expect(line).not.toContain('\n');
  });

  it('names a manifest it cannot read', () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: '/no/such/manifest.json' })).toThrow('TRUSTED_DOCUMENTS: cannot read /no/such/manifest.json: ENOENT');
  });
});
