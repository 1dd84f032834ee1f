import { startTestServer, type TestServer } from '../support/test-server';

describe('The HTTP server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers { __typename } at /graphql over real HTTP', async () => {
    expect(await server.query('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers /health while the process is alive', async () => {
    const response = await fetch(new URL('/health', server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready when Neo4j is reachable', async () => {
    const response = await fetch(new URL('/ready', server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});
