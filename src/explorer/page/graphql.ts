/**
 * The page's one way to the API: a POST of JSON to the configured endpoint (same origin, so neither
 * CORS nor Apollo's CSRF prevention stands in the way). GraphQL errors become one readable Error.
 */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export type Request = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export function graphqlClient(url: string): Request {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new GraphQLRequestError('The server cannot be reached.', undefined);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors !== undefined && body.errors.length > 0) {
      throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '), body.errors[0].extensions?.code);
    }
    if (body.data === undefined || body.data === null) throw new GraphQLRequestError(`The server answered ${response.status}.`, undefined);
    return body.data;
  };
}
