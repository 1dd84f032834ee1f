/** What the server told the page (see page-html.ts on the server), from `<script id="kg-config">`. */
export interface GraphiQLConfig {
  graphqlUrl: string;
  /** Absolute paths of the Monaco workers built beside the page, by the label Monaco asks for. */
  workers: Record<string, string>;
}

export function readConfig(): GraphiQLConfig {
  const text = document.getElementById('kg-config')?.textContent;
  const parsed = text ? (JSON.parse(text) as Partial<GraphiQLConfig>) : {};
  return { graphqlUrl: parsed.graphqlUrl ?? '/graphql', workers: parsed.workers ?? {} };
}
