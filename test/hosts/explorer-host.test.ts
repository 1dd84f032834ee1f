import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { explorerMiddleware, graphiqlMiddleware } from '../../src';
import { ensureWebAssets } from '../support/web-assets';

/* A host mounting the pages where it likes, with the graph's GraphQL at its own path. */
describe('The explorer and GraphiQL in a host\'s Express app', () => {
  let httpServer: http.Server;
  let base: string;

  beforeAll(async () => {
    await ensureWebAssets();
    const app = express();
    app.use('/tools/explore', explorerMiddleware({ graphqlUrl: '/kg' }));
    app.use('/tools/graphiql', graphiqlMiddleware({ graphqlUrl: 'https://api.example.com/kg' }));
    httpServer = http.createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(() => new Promise((resolve) => httpServer.close(resolve)));

  it('serves the page and its assets under the mount point, talking to the host\'s GraphQL path', async () => {
    const response = await fetch(`${base}/tools/explore?focus=sam-altman`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('"graphqlUrl":"/kg"');
    const script = /src="(\/tools\/explore\/assets\/explorer-[A-Z0-9]+\.js)"/.exec(html)![1];
    expect((await fetch(`${base}${script}`)).status).toBe(200);
  });

  it('lets GraphiQL reach a GraphQL endpoint on another origin, and no other', async () => {
    const response = await fetch(`${base}/tools/graphiql`);
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self' https://api.example.com;");
    expect(await response.text()).toContain('"workers":{"editor":"/tools/graphiql/assets/editor.worker-');
  });
});
