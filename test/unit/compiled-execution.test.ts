import 'reflect-metadata';
import { parse } from 'graphql';
import { createCompiledExecution, type ExecutionEngine } from '../../src/execution/compiled-execution';
import { buildGraphSchema } from '../../src/schema/build-schema';

/* When an operation is compiled, and what it is kept by: no database needed for `__typename`. */
describe('Compiled execution, its cache', () => {
  const schema = buildGraphSchema();
  const QUERY = 'query Probe { __typename }';

  function engine(compileAfter?: number) {
    const engines: ExecutionEngine[] = [];
    const execution = createCompiledExecution(schema, { compileAfter, onExecute: (used) => engines.push(used) });
    return { engines, run: (text: string, noLocation = false) => execution.execute({ schema, document: parse(text, { noLocation }) }) };
  }

  it('runs a document\'s first request with graphql-js and compiles it for the second, by its text', async () => {
    const { engines, run } = engine();
    // Each request parses anew, as a server without a document cache does: the text is the key.
    for (let i = 0; i < 3; i += 1) expect(await run(QUERY)).toEqual({ data: { __typename: 'Query' } });
    expect(engines).toEqual(['graphql-js', 'compiled', 'compiled']);
  });

  it('compiles on first sight when told to', async () => {
    const { engines, run } = engine(0);
    await run(QUERY);
    expect(engines).toEqual(['compiled']);
  });

  it('keeps a document without its source by identity, so a new one is new', async () => {
    const { engines, run } = engine();
    await run(QUERY, true);
    await run(QUERY, true);
    // Two parses without a source are two documents: each is a first sighting.
    expect(engines).toEqual(['graphql-js', 'graphql-js']);
  });

  it('leaves another schema to graphql-js', async () => {
    const engines: ExecutionEngine[] = [];
    const execution = createCompiledExecution(schema, { compileAfter: 0, onExecute: (used) => engines.push(used) });
    const other = buildGraphSchema();
    expect(await execution.execute({ schema: other, document: parse(QUERY) })).toEqual({ data: { __typename: 'Query' } });
    expect(engines).toEqual(['graphql-js']);
  });
});
