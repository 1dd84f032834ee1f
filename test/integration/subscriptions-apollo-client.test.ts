import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { bearer, TEST_AUTH } from '../support/tokens';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Apollo Client as the README sets it up: subscriptions through GraphQLWsLink (graphql-ws), queries
 * and mutations through HttpLink, split by operation type, against the real server.
 */

const TOPIC = `${TEST_ID_PREFIX}apollo-client`;

// GraphQLWsLink reads the global WebSocket when a stream fails; Node 20 has none (Node 22 does).
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;

describe('Apollo Client over GraphQLWsLink', () => {
  let server: TestServer;
  let client: ApolloClient;
  let wsClient: ReturnType<typeof createClient>;

  beforeAll(async () => {
    server = await startTestServer({ graph: { auth: TEST_AUTH } });
    const { authorization } = await bearer({ sub: 'apollo-client', roles: ['editor'] });
    wsClient = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: authorization } });
    const link = ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(wsClient),
      new HttpLink({ uri: server.url, headers: { authorization } }),
    );
    client = new ApolloClient({ link, cache: new InMemoryCache() });
  });
  afterAll(async () => {
    client.stop();
    await wsClient.dispose();
    await removeCurationTestData(server.driver);
    await server.stop();
  });

  it('follows an entity: its state first, then the state after a mutation sent through the same client', async () => {
    const created = await client.mutate<{ createEntity: { version: number } }>({
      mutation: gql`mutation ($id: ID!) { createEntity(input: { id: $id, type: TOPIC, name: "Before", sources: ["background"] }) { id version } }`,
      variables: { id: TOPIC },
    });
    const names: string[] = [];
    const errors: unknown[] = [];
    let updated: () => void = () => undefined;
    const secondEvent = new Promise<void>((resolve) => (updated = resolve));
    const subscription = client
      .subscribe<{ entity: { id: string; name: string } }>({ query: gql`subscription ($id: ID!) { entity(id: $id) { id name } }`, variables: { id: TOPIC } })
      .subscribe({
        next: ({ data, error }) => {
          if (error !== undefined) errors.push(error);
          if (data !== undefined) names.push(data.entity.name);
          if (names.length === 1) {
            client
              .mutate({
                mutation: gql`mutation ($id: ID!, $version: Int!) { updateEntity(id: $id, expectedVersion: $version, input: { name: "After" }, sources: ["background"]) { version } }`,
                variables: { id: TOPIC, version: created.data!.createEntity.version },
              })
              .catch((error: unknown) => {
                errors.push(error);
                updated();
              });
          }
          if (names.length === 2) updated();
        },
        error: (error: unknown) => errors.push(error),
      });
    try {
      await secondEvent;
      expect({ names, errors }).toEqual({ names: ['Before', 'After'], errors: [] });
    } finally {
      subscription.unsubscribe();
    }
  });

  it('hands a refused subscription to the client as a GraphQL error carrying its code', async () => {
    const result = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: gql`subscription { changes(after: "not-a-cursor") { cursor } }` }).subscribe({
        next: ({ error }) => resolve(error),
        error: (error: unknown) => resolve(error),
      });
    });
    expect((result as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
