/*
 * graphql-ws 6 publishes `graphql-ws/use/ws` through its package `exports` only, which TypeScript's
 * `moduleResolution: node` (this project's, for CommonJS output) does not read; Node's `require`
 * and jest do. Its types are the same file's, reached by path.
 */
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
