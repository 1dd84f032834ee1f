import type { PageManifest } from './web-assets';

/**
 * The HTML of a built page, rendered per request because the page's base path depends on where a host
 * mounted it (`req.baseUrl`); everything heavy lives in the hashed assets.
 */

/** What the browser code reads from the page, as JSON in `<script id="kg-config">`. */
export interface PageConfig {
  /** Where the page sends its GraphQL requests. */
  graphqlUrl: string;
  /** Absolute paths of the Monaco workers (GraphiQL). */
  workers: Record<string, string>;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** JSON that cannot close the script element it sits in. */
const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderPage(options: { title: string; base: string; manifest: PageManifest; graphqlUrl: string }): string {
  const { title, base, manifest, graphqlUrl } = options;
  const asset = (file: string): string => `${base}/assets/${file}`;
  const config: PageConfig = {
    graphqlUrl,
    workers: Object.fromEntries(Object.entries(manifest.workers).map(([label, file]) => [label, asset(file)])),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
${manifest.styles.map((file) => `<link rel="stylesheet" href="${escapeHtml(asset(file))}">`).join('\n')}
<script id="kg-config" type="application/json">${inlineJson(config)}</script>
${manifest.scripts.map((file) => `<script type="module" src="${escapeHtml(asset(file))}"></script>`).join('\n')}
</head>
<body>
<noscript>This page needs JavaScript.</noscript>
<div id="root"></div>
</body>
</html>
`;
}

/** The landing page at `/` of the standalone server: the one page that works offline points to the others. */
export function renderLanding(links: { explorer: string; graphiql: string; graphql: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>knowledge-graph-api</title>
<link rel="icon" href="data:,">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2933}a{color:#0b63ce}li{margin:.5rem 0}</style>
</head>
<body>
<h1>knowledge-graph-api</h1>
<ul>
<li><a href="${escapeHtml(links.explorer)}">Explore the graph</a>: search, expand, paths, a date slider, the sources of every fact. Works offline.</li>
<li><a href="${escapeHtml(links.graphiql)}">GraphiQL</a>: write and run GraphQL queries. Works offline.</li>
<li><a href="${escapeHtml(links.graphql)}">Apollo Sandbox</a> at the GraphQL endpoint: needs internet (it loads from Apollo's CDN).</li>
</ul>
</body>
</html>
`;
}
