import 'graphiql/style.css';
import './page.css';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import type { ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { readConfig } from './config';
import { setUpMonacoWorkers } from './workers';

/**
 * GraphiQL, served by the API itself: a GraphQL IDE that works without internet. `?query=` opens it
 * with a query written in (links from the README and the explorer use it).
 */

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const config = readConfig();
setUpMonacoWorkers(config.workers);

/** A plain JSON POST, with whatever the headers editor holds. */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(config.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
};

const DEFAULT_QUERY = `# The knowledge graph's GraphQL API. Run with Ctrl-Enter; the Docs button lists every field.
{
  search(text: "岸田") {
    score
    entity { id type name aliases }
  }
}
`;

const initialQuery = new URLSearchParams(location.search).get('query') ?? undefined;

document.title = 'GraphiQL · knowledge-graph-api';
createRoot(document.getElementById('root')!).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} initialQuery={initialQuery} />);
