import { createHandler } from 'graphql-http/lib/use/http';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src';
import { testDriver } from '../support/test-server';

/* Nothing ties the library to Apollo: graphql-http's reference handler serves kg.schema as it is. */
describe('Serving the graph without Apollo', () => {
  let driver: Driver;
  let kg: KnowledgeGraph;
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    driver = testDriver();
    kg = await createKnowledgeGraph({ driver, compileAfter: 0 });
    const handler = createHandler({ schema: kg.schema, execute: kg.execute, context: () => ({ ...kg.createContext() }) });
    server = http.createServer((request, response) => void handler(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await driver.close();
  });

  it('answers a relationship question through graphql-http', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ entity(id: "chatgpt") { ... on Product { developer { id } } } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { entity: { developer: { id: 'openai' } } } });
  });

  it('gives two graphs over two drivers their own continuations and counters', async () => {
    const otherDriver = testDriver();
    try {
      const other = await createKnowledgeGraph({ driver: otherDriver });
      const mine = kg.createContext();
      const theirs = other.createContext();
      expect(mine.continuations).not.toBe(theirs.continuations);
      expect(await kg.entitiesById(mine, ['japan'])).toEqual([expect.objectContaining({ id: 'japan', name: 'Japan' })]);
      expect(mine.roundTrips.count).toBe(1);
      expect(theirs.roundTrips.count).toBe(0);
      // Closing one host's driver leaves the other graph serving.
      await otherDriver.close();
      expect(await kg.entitiesById(kg.createContext(), ['italy'])).toEqual([expect.objectContaining({ name: 'Italy' })]);
    } finally {
      await otherDriver.close();
    }
  });
});
