import type { TestServer } from './test-server';

/** Runs an operation that must succeed and returns its data; any GraphQL error fails the test. */
export async function expectData<T>(server: TestServer, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await server.query<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as T;
}
