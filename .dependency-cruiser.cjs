/**
 * The import rules `npm run deps` enforces (dependency-cruiser). `src/graph/` is the layer that talks
 * to Neo4j (Cypher and mapping); the GraphQL layers above it (resolvers, loaders, schema, plugins,
 * the request context, HTTP) use it, never the other way round, so the graph code can be read,
 * tested and reused without type-graphql or a server.
 */

/** The GraphQL and server layers, which `src/graph/` must not import. */
const ABOVE_THE_GRAPH = '^src/(resolvers|loaders|schema|plugins|http)/|^src/context[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'graph-imports-upward',
      severity: 'error',
      comment:
        'src/graph/ is the database layer: it must not import the GraphQL or server layers above it ' +
        '(resolvers, loaders, schema, plugins, http, context). Move what both need into src/graph/.',
      from: { path: '^src/graph/' },
      to: { path: ABOVE_THE_GRAPH },
    },
    {
      name: 'graph-loads-type-graphql',
      severity: 'error',
      comment:
        'src/graph/ must not load type-graphql, directly or through another module: keep enums and ' +
        'types plain there, and register them for GraphQL in src/schema/.',
      from: { path: '^src/graph/' },
      to: { path: '(^|/)node_modules/type-graphql/', reachable: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: the modules in it cannot be understood, loaded or tested one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file or package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count: a type imported upward couples the layers as much as a value does.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-bench|coverage)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
