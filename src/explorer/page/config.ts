/** What the server told the page (see page-html.ts on the server): read once, from the page itself. */
export interface PageConfig {
  graphqlUrl: string;
}

export function readPageConfig(): PageConfig {
  const element = document.getElementById('kg-config');
  const parsed = element?.textContent ? (JSON.parse(element.textContent) as Partial<PageConfig>) : {};
  return { graphqlUrl: parsed.graphqlUrl ?? '/graphql' };
}
