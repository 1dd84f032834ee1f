import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, type KeyLike } from 'jose';
import type { EagerResult, Integer } from 'neo4j-driver';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { signToken, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

const ISSUER = 'https://issuer.test';
const AUDIENCE = 'knowledge-graph-test';
const CREATE = `mutation ($id: ID!) { createEntity(input: { id: $id, type: TOPIC, name: "Auth test", sources: ["background"] }) { id } }`;

/** A JWKS served on 127.0.0.1 only, as an identity provider would publish it. */
async function serveJwks(jwks: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/jwks.json`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('Curation auth', () => {
  let secretServer: TestServer;
  let jwksServer: TestServer;
  let jwks: { url: string; close(): Promise<void> };
  let privateKey: KeyLike;
  let publicKey: KeyLike;
  let counter = 0;
  const nextId = () => `${TEST_ID_PREFIX}auth-${(counter += 1)}`;

  beforeAll(async () => {
    ({ privateKey, publicKey } = await generateKeyPair('RS256'));
    jwks = await serveJwks({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    secretServer = await startTestServer({ graph: { auth: TEST_AUTH } });
    jwksServer = await startTestServer({ graph: { auth: { jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE } } });
  });
  afterAll(async () => {
    await removeCurationTestData(secretServer.driver);
    await secretServer.stop();
    await jwksServer.stop();
    await jwks.close();
  });

  const rsaToken = (claims: Record<string, unknown> = {}) => {
    const jwt = new SignJWT({ sub: 'carol', roles: ['editor'], ...claims }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(ISSUER).setAudience(AUDIENCE);
    return (claims.exp === undefined ? jwt.setExpirationTime('5m') : jwt).sign(privateKey);
  };

  async function outcome(server: TestServer, authorization: string | undefined): Promise<{ status: number; code: unknown }> {
    const { status, body } = await server.post(CREATE, { id: nextId() }, authorization === undefined ? {} : { authorization });
    return { status, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
  }

  it('accepts a well-made token from the JWKS and from the secret', async () => {
    expect(await outcome(jwksServer, `Bearer ${await rsaToken()}`)).toEqual({ status: 200, code: 'OK' });
    expect(await outcome(secretServer, `Bearer ${await signToken()}`)).toEqual({ status: 200, code: 'OK' });
  });

  it('refuses every abused token with UNAUTHENTICATED, never a 5xx', async () => {
    const now = Math.floor(Date.now() / 1000);
    const pem = await exportSPKI(publicKey);
    const abused: Record<string, string | undefined> = {
      missing: undefined,
      'not bearer': `Basic ${Buffer.from('a:b').toString('base64')}`,
      garbage: 'Bearer not.a.token',
      'alg none': `Bearer ${new UnsecuredJWT({ sub: 'mallory', roles: ['admin'] }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').encode()}`,
      'HS256 signed with the JWKS public key': `Bearer ${await new SignJWT({ sub: 'mallory', roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256', kid: 'k1' }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m')
        .sign(new TextEncoder().encode(pem))}`,
      expired: `Bearer ${await rsaToken({ exp: now - 120 })}`,
      'not yet valid': `Bearer ${await rsaToken({ nbf: now + 600 })}`,
      'wrong issuer': `Bearer ${await new SignJWT({ sub: 'carol', roles: ['editor'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer('https://other-tenant.test').setAudience(AUDIENCE).setExpirationTime('5m').sign(privateKey)}`,
      'wrong audience': `Bearer ${await new SignJWT({ sub: 'carol', roles: ['editor'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER).setAudience('another-api').setExpirationTime('5m').sign(privateKey)}`,
      'no expiry': `Bearer ${await new SignJWT({ sub: 'carol', roles: ['editor'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(ISSUER).setAudience(AUDIENCE).sign(privateKey)}`,
      'missing sub': `Bearer ${await rsaToken({ sub: undefined })}`,
      'roles not a list': `Bearer ${await rsaToken({ roles: 'editor' })}`,
      '9 KB token': `Bearer ${await rsaToken({ padding: 'x'.repeat(9 * 1024) })}`,
    };
    for (const [name, authorization] of Object.entries(abused)) {
      const result = await outcome(jwksServer, authorization);
      expect({ name, ...result }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
    }
    // 16 KB passes Node's own header limit: refused by the HTTP server (431) before GraphQL.
    const huge = await fetch(jwksServer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await rsaToken({ padding: 'x'.repeat(16 * 1024) })}` },
      body: JSON.stringify({ query: CREATE, variables: { id: nextId() } }),
    });
    expect([401, 431]).toContain(huge.status);
    const count = await jwksServer.driver.executeQuery<EagerResult<{ n: Integer }>>('MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN count(e) AS n', { prefix: `${TEST_ID_PREFIX}auth-` });
    expect(count.records[0].get('n').toNumber()).toBe(2);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new SignJWT({ sub: 'mallory', roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer(TEST_AUTH.issuer)
      .setAudience(TEST_AUTH.audience).setExpirationTime('5m').sign(new TextEncoder().encode('another-secret-that-is-32-bytes-long!!'));
    expect(await outcome(secretServer, `Bearer ${forged}`)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('gives FORBIDDEN to a valid token without a writing role, and erasure to admins only', async () => {
    expect(await outcome(secretServer, `Bearer ${await signToken({ roles: ['viewer'] })}`)).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await outcome(secretServer, `Bearer ${await signToken({ roles: null })}`)).toEqual({ status: 403, code: 'FORBIDDEN' });
    const erase = await secretServer.post('mutation { eraseEntity(id: "sam-altman", reason: "test") }', {}, { authorization: `Bearer ${await signToken()}` });
    expect(erase.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await secretServer.query('{ entity(id: "sam-altman") { name } }')).data).toEqual({ entity: { name: 'Sam Altman' } });
  });

  it('answers WRITES_DISABLED without a key, and reads as before', async () => {
    const open = await startTestServer();
    try {
      const { body } = await open.post(CREATE, { id: nextId() }, { authorization: `Bearer ${await signToken()}` });
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['WRITES_DISABLED']);
      expect((await open.query('{ entity(id: "japan") { name } }')).data).toEqual({ entity: { name: 'Japan' } });
    } finally {
      await open.stop();
    }
  });

  it('answers a subscription with a coded client error', async () => {
    const { status, body } = await secretServer.post('subscription { entity(id: "japan") { id } }');
    expect({ status, code: body.errors?.[0].extensions?.code }).toEqual({ status: 400, code: 'OPERATION_NOT_SUPPORTED' });
  });

  it('needs a token for reads when reads are required', async () => {
    const closed = await startTestServer({ graph: { auth: { ...TEST_AUTH, readsRequired: true } } });
    try {
      const refused = await closed.post('{ entity(id: "japan") { name } }');
      expect({ status: refused.status, code: refused.body.errors?.[0].extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      const allowed = await closed.query('{ entity(id: "japan") { name } }', {}, { authorization: `Bearer ${await signToken({ roles: [] })}` });
      expect(allowed.data).toEqual({ entity: { name: 'Japan' } });
    } finally {
      await closed.stop();
    }
  });

  it('needs the read role for reads when one is set, which editors hold implicitly', async () => {
    const closed = await startTestServer({ graph: { auth: { ...TEST_AUTH, readsRequired: true, readRole: 'reader' } } });
    try {
      const asRoles = async (roles: string[]) => {
        const { status, body } = await closed.post('{ entity(id: "japan") { name } }', {}, { authorization: `Bearer ${await signToken({ roles })}` });
        return { status, code: body.errors?.[0].extensions?.code ?? null, data: body.data ?? null };
      };
      expect(await asRoles(['billing'])).toEqual({ status: 403, code: 'FORBIDDEN', data: null });
      expect(await asRoles(['reader'])).toEqual({ status: 200, code: null, data: { entity: { name: 'Japan' } } });
      expect(await asRoles(['editor'])).toEqual({ status: 200, code: null, data: { entity: { name: 'Japan' } } });
    } finally {
      await closed.stop();
    }
  });
});
