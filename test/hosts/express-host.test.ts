import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createKnowledgeGraph, type GraphContext } from '../../src';
import { testDriver } from '../support/test-server';

/* A host's own Express 5 app, with routes of its own, mounting the graph at /kg. */
describe('Embedding in an Express 5 app', () => {
  let driver: Driver;
  let httpServer: http.Server;
  let apollo: ApolloServer<GraphContext>;
  let base: string;

  beforeAll(async () => {
    driver = testDriver();
    const kg = await createKnowledgeGraph({ driver, compileAfter: 0 });
    apollo = new ApolloServer<GraphContext>({
      gateway: kg.gateway,
      plugins: kg.plugins,
      formatError: kg.formatError,
      parseOptions: kg.parseOptions,
    });
    await apollo.start();

    const app = express();
    app.get('/hello', (_request, response) => void response.json({ hello: 'from the host' }));
    app.use('/kg', express.json(), expressMiddleware(apollo, { context: async () => kg.createContext() }));
    httpServer = http.createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await apollo.stop();
    await new Promise((resolve) => httpServer.close(resolve));
    await driver.close(); // the host's driver: closed by the host, never by the library
  });

  it('answers graph queries at the mount point', async () => {
    const response = await fetch(`${base}/kg`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "sam-altman") { name ... on Person { positions { title organization { name } } } } }' }),
    });
    expect(await response.json()).toEqual({
      data: { entity: { name: 'Sam Altman', positions: [{ title: 'Chief Executive Officer', organization: { name: 'OpenAI' } }] } },
    });
  });

  it('enforces the operation limits for the host', async () => {
    const deep = `{ entity(id: "japan") { ${'relationships { edges { node { from { '.repeat(4)}id${' } } } }'.repeat(4)} } }`;
    const response = await fetch(`${base}/kg`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: deep }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('leaves the host\'s own routes alone', async () => {
    expect(await (await fetch(`${base}/hello`)).json()).toEqual({ hello: 'from the host' });
  });
});
