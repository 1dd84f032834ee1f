import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Lexer,
  OperationTypeNode,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { operationSize, type OperationSize } from '../graph/plan/cost';
import { operationFields } from '../graph/plan/selection';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './limits';

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RuleName = 'maxDepth' | 'maxAliases' | 'maxDirectives';
type Measured = (name: RuleName, value: number) => void;

const RULE_LIMIT: Record<RuleName, keyof OperationLimits> = {
  maxDepth: 'maxDepth',
  maxAliases: 'maxAliases',
  maxDirectives: 'maxDirectives',
};

/** The limits with every missing one filled from {@link DEFAULT_OPERATION_LIMITS}. */
export function resolveLimits(limits: Partial<OperationLimits> = {}): OperationLimits {
  const resolved = { ...DEFAULT_OPERATION_LIMITS };
  for (const key of Object.keys(resolved) as Array<keyof OperationLimits>) {
    const value = limits[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`limits.${key} must be a positive integer, got ${value}`);
    resolved[key] = value;
  }
  return resolved;
}

/**
 * Parser options that enforce `maxTokens`. They go to Apollo Server (`parseOptions`), not into a
 * plugin: the count must stop the parser itself, before validation (some of graphql-js's own rules
 * are quadratic in the document), and graphql-armor's own max-tokens plugin answers any syntax error
 * with HTTP 500 under Apollo (graphql-armor issues #571, #751).
 */
export function limitParseOptions(limits: OperationLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/**
 * graphql-armor's depth, alias and directive limits, and the size limit (`maxNodes`), as Apollo
 * plugins, so that a host that passes `kg.plugins` is protected. They run after Apollo's own
 * validation and before execution: a refused operation costs nothing at the database. Refusals are
 * `GRAPHQL_VALIDATION_FAILED` with HTTP 400, as Apollo answers any other invalid document, plus
 * `extensions.limit` naming the limit. Armor's rules depend on the document alone and run once per
 * distinct document; the size depends on the variables (`first: $n`) and is measured per request.
 * Field suggestions ("Did you mean ...") are removed from errors, so a client without introspection
 * cannot map the schema by guessing.
 */
export function operationLimitsPlugins(limits: OperationLimits): ApolloServerPlugin[] {
  const rules = armorRules(limits);
  const refusals = new WeakMap<DocumentNode, GraphQLError | null>();
  const limitsPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, operation }) {
          // Apollo reuses the DocumentNode of a query it has seen: each document is measured once.
          let refusal = refusals.get(document);
          if (refusal === undefined) {
            refusal = firstRefusal(schema, document, rules);
            refusals.set(document, refusal);
          }
          if (refusal !== null) throw refusal;
          const size = measuredSize(schema, document, request.variables ?? {}, operation?.name?.value);
          if (size === null) return;
          const sizeError = boundsRefusal(size) ?? (size.nodes > limits.maxNodes ? sizeRefusal(size, limits.maxNodes) : null);
          if (sizeError !== null) throw sizeError;
        },
      };
    },
  };
  const { plugins: blockSuggestions } = new ApolloArmor({ ...disabledArmor(), blockFieldSuggestion: { enabled: true } }).protect();
  return [limitsPlugin, ...blockSuggestions];
}

/**
 * The same limits for a transport without Apollo's plugins (subscriptions over WebSocket): the
 * refusal of an operation, or null when it may run.
 */
export function operationLimitsCheck(limits: OperationLimits): (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string) => GraphQLError | null {
  const rules = armorRules(limits);
  return (schema, document, variables, operationName) => {
    const refusal = firstRefusal(schema, document, rules);
    if (refusal !== null) return refusal;
    const size = measuredSize(schema, document, variables, operationName);
    if (size === null) return null;
    return boundsRefusal(size) ?? (size.nodes > limits.maxNodes ? sizeRefusal(size, limits.maxNodes) : null);
  };
}

/** The size of an operation by the same measures (and code) that enforce the limits. */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, source: string, variables: Record<string, unknown> = {}): OperationLimits {
  const measured: Partial<OperationLimits> = {};
  const unlimited = { maxDepth: Infinity, maxAliases: Infinity, maxNodes: Infinity, maxDirectives: Infinity, maxTokens: Infinity };
  const record: Measured = (name, value) => {
    const key = RULE_LIMIT[name];
    measured[key] = Math.max(measured[key] ?? 0, value);
  };
  validate(schema, document, armorRules(unlimited, record).map(([, rule]) => rule));
  const nodes = measuredSize(schema, document, variables)?.nodes ?? 0;
  return { maxDepth: 0, maxAliases: 0, maxDirectives: 0, ...measured, maxNodes: nodes, maxTokens: countTokens(source) };
}

/**
 * The operation's size (src/graph/plan/cost.ts); null when its variables do not even coerce or it
 * names no operation, which execution refuses with its own error. The limit fails closed: an
 * operation whose size cannot be measured is refused, as a bad request when the request is what
 * the measuring could not read, else as the server's fault; it never runs unmeasured.
 */
export function measuredSize(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
  measure: typeof operationSize = operationSize,
): OperationSize | null {
  try {
    const planned = operationFields(schema, document, variables, operationName);
    return planned === null ? null : measure(planned.operation.operation === OperationTypeNode.QUERY ? 'Query' : 'Mutation', planned.fields);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === undefined) {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    throw new GraphQLError('The operation\'s size could not be measured, so it was not run', {
      originalError: error instanceof Error ? error : undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', limit: 'maxNodes', http: { status: 500 } },
    });
  }
}

/**
 * A sizing argument out of bounds beneath the root (`entity { relationships(first: 1000) }`):
 * BAD_USER_INPUT naming the field's path. A root field's own arguments are refused by its resolver,
 * as a field error beside the other root fields' answers.
 */
function boundsRefusal({ outOfBounds }: OperationSize): GraphQLError | null {
  if (outOfBounds === null || !outOfBounds.path.includes('.')) return null;
  const { path, argument, value, max } = outOfBounds;
  return new GraphQLError(`${argument}: must be an integer from 1 to ${max}, got ${JSON.stringify(value)} (at ${path})`, {
    extensions: { code: 'BAD_USER_INPUT', argument, field: path, http: { status: 400 } },
  });
}

function sizeRefusal(size: OperationSize, maxNodes: number): GraphQLError {
  const heaviest = size.heaviest === null ? '' : `; the largest list is \`${size.heaviest.path}\` with up to ${size.heaviest.items} items: lower its \`first\` or \`limit\``;
  return new GraphQLError(`Node limit of ${maxNodes} exceeded, found ${size.nodes}: the operation could return ${size.nodes} entities and relationships${heaviest}`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxNodes', http: { status: 400 } },
  });
}

/** Lexical tokens as graphql-js's parser counts them for `maxTokens` (comments excluded). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

function armorRules(limits: OperationLimits, onMeasured?: Measured): Array<[RuleName, ValidationRule]> {
  const common = (name: RuleName) => ({
    enabled: true,
    exposeLimits: true,
    onAccept: onMeasured === undefined ? [] : [(_context: unknown, details: { n: number }) => onMeasured(name, details.n)],
  });
  // Inline fragments (`... on Person`) are type conditions, not levels: flattened for depth.
  const configs: Record<RuleName, ArmorConfig> = {
    maxDepth: { maxDepth: { ...common('maxDepth'), n: limits.maxDepth, flattenFragments: true } },
    maxAliases: { maxAliases: { ...common('maxAliases'), n: limits.maxAliases } },
    maxDirectives: { maxDirectives: { ...common('maxDirectives'), n: limits.maxDirectives } },
  };
  return (Object.keys(configs) as RuleName[]).map((name) => {
    const [rule] = new ApolloArmor({ ...disabledArmor(), ...configs[name] }).protect().validationRules;
    return [name, rule];
  });
}

function disabledArmor(): ArmorConfig {
  const off = { enabled: false };
  return { blockFieldSuggestion: off, costLimit: off, maxAliases: off, maxDepth: off, maxDirectives: off, maxTokens: off };
}

function firstRefusal(schema: GraphQLSchema, document: DocumentNode, rules: Array<[RuleName, ValidationRule]>): GraphQLError | null {
  for (const [name, rule] of rules) {
    const [error] = validate(schema, document, [rule]);
    if (error !== undefined) {
      return new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: RULE_LIMIT[name], http: { status: 400 } },
      });
    }
  }
  return null;
}
