/**
 * Monaco (GraphiQL 5's editor) runs its language services in web workers and asks for each through
 * `MonacoEnvironment.getWorker(id, label)`. The bundler's usual `new Worker(new URL(...))` is not
 * something esbuild follows, so the workers were built as entry points of their own (build-web.ts) and
 * the server told us their hashed paths: label `json` and `graphql` get theirs, anything else the
 * generic editor worker.
 */
export function setUpMonacoWorkers(workers: Record<string, string>): void {
  const environment = {
    getWorker(_workerId: string, label: string): Worker {
      const url = workers[label] ?? workers.editor;
      if (url === undefined) throw new Error(`no Monaco worker was built for "${label}"`);
      return new Worker(url, { name: label });
    },
  };
  Object.assign(globalThis, { MonacoEnvironment: environment });
}
