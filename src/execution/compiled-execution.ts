import type { GatewayInterface } from '@apollo/server-gateway-interface';
import {
  BREAK,
  execute as executeByGraphqlJs,
  getNullableType,
  GraphQLError,
  getOperationAST,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  OperationTypeNode,
  printSchema,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Which engine answered an operation. */
export type ExecutionEngine = 'compiled' | 'graphql-js';

/** Options of {@link createCompiledExecution}. */
export interface CompiledExecutionOptions {
  /** Told, once per compiled document and operation, why the compiler refused it and graphql-js runs it instead. */
  onFallback?: (operationName: string | null, reason: string) => void;
  /** Told which engine answered each operation (metrics, tests). */
  onExecute?: (engine: ExecutionEngine) => void;
  /** Compiled operations kept, least recently used dropped first. Defaults to 1 000. */
  maxOperations?: number;
  /**
   * Runs of an operation by graphql-js before it is compiled. Defaults to 1: a document sent once
   * (a one-off, or a client probing) costs no compilation, which takes longer than one execution.
   */
  compileAfter?: number;
}

/** Compiled execution of one schema, in the two shapes servers take it. */
export interface CompiledExecution {
  /**
   * graphql-js's `execute`, compiled: same arguments, same answers. For any server that accepts an
   * `execute` function (graphql-http's `createHandler({ execute })`, graphql-ws's `useServer`).
   */
  readonly execute: (args: ExecutionArgs) => Promise<ExecutionResult>;
  /**
   * Apollo Server's gateway interface, used only for its executor (`new ApolloServer({ gateway })`):
   * Apollo still parses, validates, runs every plugin and formats every error; only execution is
   * replaced. Nothing of Apollo is forked.
   */
  readonly gateway: GatewayInterface;
}

/** What the cache holds for one operation of one document: its compiled form, why there is none, or how often it ran uncompiled. */
type Compiled = { query: CompiledQuery } | { refused: string } | { runs: number };

/**
 * Executes operations over `schema` with graphql-jit: each operation is compiled once into one
 * generated function, which walks the selection with no per-field dispatch, and is kept for the next
 * request of the same document.
 *
 * Kept by the document's source text and operation name, in an LRU: Apollo hands the same text to
 * every request of a query (and persisted queries resolve to it), so one compiled form serves them
 * all. A document without its source (built in code, not parsed) is kept by identity instead.
 *
 * graphql-js answers instead: an operation's first runs (`compileAfter`), what the compiler refuses,
 * subscriptions, and requests whose variables cannot be coerced (no resolver has run then, and
 * graphql-js words those errors, so they stay exactly what a client of graphql-js reads).
 */
export function createCompiledExecution(schema: GraphQLSchema, options: CompiledExecutionOptions = {}): CompiledExecution {
  const bySource = new LRUCache<string, Compiled>({ max: options.maxOperations ?? 1_000 });
  const byIdentity = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compileAfter = options.compileAfter ?? 1;
  const compiledFor = (document: DocumentNode, operationName: string | null | undefined): Compiled => {
    const name = operationName ?? '';
    const source = document.loc?.source.body;
    const cached = source === undefined ? byIdentity.get(document)?.get(name) : bySource.get(`${name}\n${source}`);
    if (cached !== undefined && !('runs' in cached)) return cached;
    const runs = cached?.runs ?? 0;
    let compiled: Compiled;
    if (runs < compileAfter) {
      compiled = { runs: runs + 1 };
    } else {
      compiled = compile(schema, document, operationName);
      if ('refused' in compiled) options.onFallback?.(operationName ?? null, compiled.refused);
    }
    if (source !== undefined) {
      bySource.set(`${name}\n${source}`, compiled);
    } else {
      const forDocument = byIdentity.get(document) ?? new Map<string, Compiled>();
      forDocument.set(name, compiled);
      byIdentity.set(document, forDocument);
    }
    return compiled;
  };

  const byGraphqlJs = async (args: ExecutionArgs): Promise<ExecutionResult> => {
    options.onExecute?.('graphql-js');
    return executeByGraphqlJs(args);
  };

  const execute = async (args: ExecutionArgs): Promise<ExecutionResult> => {
    // Compiled forms belong to this schema; another one (a host's merge) is graphql-js's to run.
    if (args.schema !== schema) return byGraphqlJs(args);
    const operation = getOperationAST(args.document, args.operationName);
    if (operation === null || operation === undefined || operation.operation === OperationTypeNode.SUBSCRIPTION) return byGraphqlJs(args);
    const compiled = compiledFor(args.document, args.operationName);
    if (!('query' in compiled)) return byGraphqlJs(args);
    const result = await compiled.query.query(args.rootValue, args.contextValue, args.variableValues ?? {});
    // Only a failed coercion of the variables answers without `data`: nothing has been resolved yet.
    if (result.data === undefined && result.errors !== undefined) return byGraphqlJs(args);
    options.onExecute?.('compiled');
    // graphql-js's shape, key order included (errors first), so that the serialised answer is the same bytes.
    return result.errors === undefined ? { data: result.data } : { errors: result.errors.map(asGraphqlJsError), data: result.data };
  };

  const gateway: GatewayInterface = {
    async load() {
      return {
        executor: (request) =>
          execute({
            schema,
            document: request.document,
            contextValue: request.context,
            variableValues: request.request.variables,
            // The client's, as graphql-js gets it: Apollo's own is null when the name matched no
            // operation, and execution must then fail as graphql-js fails, for Apollo to say so.
            operationName: request.request.operationName,
          }),
      };
    },
    onSchemaLoadOrUpdate(callback) {
      // The schema never changes after start: Apollo is told once, before it loads.
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
  return { execute, gateway };
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Compiled {
  const unsafe = variableInScalarLiteral(schema, document);
  if (unsafe !== null) return { refused: unsafe };
  try {
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    if (isCompiledQuery(compiled)) return { query: compiled };
    return { refused: (compiled.errors ?? []).map((error) => error.message).join('; ') || 'refused without a reason' };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * graphql-jit's errors are GraphQLErrors with read-only fields; plugins that reword a message (graphql-armor's
 * suggestion blocker) or add to it expect graphql-js's own. Same message, locations, path, cause and extensions.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  // graphql-js computes locations from the field nodes, which the compiled error no longer has; they are the same.
  (converted as { locations: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

/**
 * graphql-jit coerces a custom scalar's literal at compile time, so a variable inside one (a JSON
 * scalar's `{ a: $x }`) is lost: it answers `{}` where graphql-js answers `{ a: 5 }`. Such documents
 * are refused, for graphql-js to run. The graph's own scalars are strings and never hold one.
 */
function variableInScalarLiteral(schema: GraphQLSchema, document: DocumentNode): string | null {
  const typeInfo = new TypeInfo(schema);
  let found: string | null = null;
  const literal = (node: ASTNode): unknown => {
    const type = getNullableType(typeInfo.getInputType());
    if (!isScalarType(type) || isSpecifiedScalarType(type) || !containsVariable(node)) return undefined;
    found = `a variable inside a literal of the custom scalar ${type.name}`;
    return BREAK;
  };
  visit(document, visitWithTypeInfo(typeInfo, { ObjectValue: literal, ListValue: literal }));
  return found;
}

function containsVariable(node: ASTNode): boolean {
  let found = false;
  visit(node, {
    [Kind.VARIABLE]() {
      found = true;
      return BREAK;
    },
  });
  return found;
}
