import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getVariableValues,
  getNamedType,
  isAbstractType,
  isCompositeType,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/*
 * The client's selection beneath a field, as the planner reads it: fragments merged per concrete type,
 * `@skip`/`@include` evaluated with the request's variables, aliases kept apart with their own
 * arguments. graphql-js's executor does the same walk when it resolves; doing it up front is what lets
 * one Cypher query answer the whole subtree.
 */

/** One response key of a selection: a field under its alias, with its arguments. */
export interface FieldSelection {
  /** The response key: the alias, or the field's name. */
  readonly key: string;
  /** The field's name in the schema. */
  readonly name: string;
  /** Argument values: variables substituted, defaults applied. */
  readonly args: Readonly<Record<string, unknown>>;
  /** What is selected beneath an object or interface field; null for a leaf. */
  readonly selection: TypeSelection | null;
  /** The field nodes it came from: equal nodes mean an equal plan, whichever kind it is planned for. */
  readonly nodes: readonly FieldNode[];
}

/** The concrete types that share one list of selected fields. */
export interface SelectionGroup {
  readonly types: readonly string[];
  readonly fields: readonly FieldSelection[];
}

/**
 * The fields selected on a composite type, for every concrete type that can appear there. Concrete
 * types whose fields come from the same field nodes share a group, so an interface selection without
 * type conditions is one group however many kinds implement it.
 */
export interface TypeSelection {
  /** Name of the field's (named) type: an interface or an object type. */
  readonly typeName: string;
  readonly groups: readonly SelectionGroup[];
}

/** What the walk needs of a request: graphql-js's resolve info has all of it. */
export interface SelectionContext {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variableValues: Readonly<Record<string, unknown>>;
}

/** The selection beneath `fieldNodes` (one response key's nodes), whose named type is `type`. */
export function selectionOf(context: SelectionContext, type: GraphQLCompositeType, fieldNodes: readonly FieldNode[]): TypeSelection {
  const concrete: readonly GraphQLObjectType[] = isAbstractType(type) ? context.schema.getPossibleTypes(type) : [type];
  const byShape = new Map<string, { types: string[]; object: GraphQLObjectType; collected: Map<string, FieldNode[]> }>();
  const nodeIds = new Map<FieldNode, number>();
  for (const object of concrete) {
    const collected = new Map<string, FieldNode[]>();
    for (const node of fieldNodes) {
      if (node.selectionSet !== undefined) collectFields(context, object, node.selectionSet, collected, new Set());
    }
    const shape = shapeOf(collected, nodeIds);
    const group = byShape.get(shape);
    if (group === undefined) byShape.set(shape, { types: [object.name], object, collected });
    else group.types.push(object.name);
  }
  const groups = [...byShape.values()].map(({ types, object, collected }) => ({ types, fields: fieldsOf(context, object, collected) }));
  return { typeName: type.name, groups };
}

/** The selection beneath the field being resolved: what a root resolver plans. */
export function selectionOfField(info: GraphQLResolveInfo): TypeSelection {
  const type = getNamedType(info.returnType);
  if (!isCompositeType(type)) throw new TypeError(`field ${info.fieldName} has no selection to plan: its type is ${type.name}`);
  return selectionOf(info, type, info.fieldNodes);
}

/**
 * The field being resolved, as the planner sees it: its response key, arguments (as the executor
 * coerced them) and the selection beneath. What a field continued from an unplanned parent plans.
 */
export function fieldOfResolveInfo(info: GraphQLResolveInfo): FieldSelection {
  const definition = info.parentType.getFields()[info.fieldName];
  const named = getNamedType(info.returnType);
  return {
    key: String(info.path.key),
    name: info.fieldName,
    args: getArgumentValues(definition, info.fieldNodes[0], info.variableValues),
    selection: isCompositeType(named) ? selectionOf(info, named, info.fieldNodes) : null,
    nodes: info.fieldNodes,
  };
}

/**
 * The root fields of an operation as the planner sees them, before anything executes: what the cost
 * check measures, and what the Cypher tests compile without a request. `variableValues` are the
 * request's raw variables. `null` when the document has no such operation or its variables do not
 * coerce (execution refuses those).
 */
export function operationFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  variableValues: Readonly<Record<string, unknown>> = {},
  operationName?: string | null,
): { operation: OperationDefinitionNode; fields: readonly FieldSelection[] } | null {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = operation === undefined ? undefined : schema.getRootType(operation.operation);
  if (operation === undefined || root === undefined || root === null) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  // Raw request variables, coerced as execution will coerce them (a Date string becomes a Date).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], { ...variableValues });
  if (coerced.errors !== undefined) return null;
  const context: SelectionContext = { schema, fragments, variableValues: coerced.coerced };
  const collected = new Map<string, FieldNode[]>();
  collectFields(context, root, operation.selectionSet, collected, new Set());
  return { operation, fields: fieldsOf(context, root, collected) };
}

/** The fields selected for objects of concrete type `typeName`; empty when it cannot appear there. */
export function fieldsFor(selection: TypeSelection, typeName: string): readonly FieldSelection[] {
  return selection.groups.find((group) => group.types.includes(typeName))?.fields ?? [];
}

function fieldsOf(context: SelectionContext, object: GraphQLObjectType, collected: Map<string, FieldNode[]>): FieldSelection[] {
  const fields: FieldSelection[] = [];
  for (const [key, nodes] of collected) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      fields.push({ key, name, args: {}, selection: null, nodes });
      continue;
    }
    const definition: GraphQLField<unknown, unknown> | undefined = object.getFields()[name];
    // A field the schema lacks cannot pass validation; nothing to plan for it.
    if (definition === undefined) continue;
    const args = getArgumentValues(definition, nodes[0], context.variableValues);
    const named = getNamedType(definition.type);
    const selection = isCompositeType(named) ? selectionOf(context, named, nodes) : null;
    fields.push({ key, name, args, selection, nodes });
  }
  return fields;
}

function collectFields(
  context: SelectionContext,
  object: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  collected: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(context, selection)) continue;
    switch (selection.kind) {
      case Kind.FIELD: {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = collected.get(key);
        if (nodes === undefined) collected.set(key, [selection]);
        else nodes.push(selection);
        break;
      }
      case Kind.INLINE_FRAGMENT:
        if (appliesTo(context, selection.typeCondition?.name.value, object)) {
          collectFields(context, object, selection.selectionSet, collected, visitedFragments);
        }
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        if (visitedFragments.has(name)) break;
        visitedFragments.add(name);
        const fragment = context.fragments[name];
        if (fragment !== undefined && appliesTo(context, fragment.typeCondition.name.value, object)) {
          collectFields(context, object, fragment.selectionSet, collected, visitedFragments);
        }
        break;
      }
    }
  }
}

/** `@skip(if:)` and `@include(if:)` as graphql-js evaluates them. */
function included(context: SelectionContext, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const variables = context.variableValues as Record<string, unknown>;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
  return true;
}

function appliesTo(context: SelectionContext, condition: string | undefined, object: GraphQLObjectType): boolean {
  if (condition === undefined || condition === object.name) return true;
  const type = context.schema.getType(condition);
  return type !== undefined && isAbstractType(type) && context.schema.isSubType(type, object);
}

/*
 * Concrete types get one group when their selections come from the same field nodes. Nodes are
 * compared by identity: two `... on Person` fragments with equal text are still two shapes, which
 * costs at most a longer CASE, never a wrong answer.
 */
function shapeOf(collected: Map<string, FieldNode[]>, nodeIds: Map<FieldNode, number>): string {
  const parts: string[] = [];
  for (const [key, nodes] of collected) {
    const ids = nodes.map((node) => {
      let id = nodeIds.get(node);
      if (id === undefined) {
        id = nodeIds.size;
        nodeIds.set(node, id);
      }
      return id;
    });
    parts.push(`${key}:${ids.join(',')}`);
  }
  return parts.join(' ');
}
