import {
  defaultFieldResolver,
  getNamedType,
  isCompositeType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';

/*
 * Objects the planner built carry, under this symbol, the values of their non-leaf fields by response
 * key. "Planned but empty" (the key is there, its value null or []) is an answer; "not planned" (no
 * symbol, or no key) sends the field to its own resolver, which continues the plan: the same
 * fragment over the parent, batched with its siblings (continuation.ts). Leaf fields are plain properties, by field name, as graphql-js's default resolver reads them.
 */
export const PLANNED = Symbol('planned');

export type PlannedFields = Record<string, unknown>;

/*
 * The store of one object's planned fields. Its prototype holds no keys, so a response key is only
 * ever its own property (an alias `constructor` or `__proto__` included), as with Object.create(null);
 * but objects made by a constructor stay in V8's fast mode and share one hidden class per plan, where
 * Object.create(null) makes a dictionary per object: this runs for every object of every answer.
 */
function PlannedStore(): void {}
PlannedStore.prototype = Object.create(null) as object;
const Store = PlannedStore as unknown as new () => PlannedFields;

/** An empty store for planned fields (see `withPlanned`). */
export function plannedFields(): PlannedFields {
  return new Store();
}

/** `object` with its planned fields attached. */
export function withPlanned<T extends object>(object: T, fields: PlannedFields): T {
  // A symbol key: invisible to JSON and Object.keys, and a plain store (defineProperty costs more
  // on the thousands of objects a list question builds).
  (object as { [PLANNED]?: PlannedFields })[PLANNED] = fields;
  return object;
}

/** The planned value of `object` under response key `key` (undefined when not planned). */
export function plannedValue(object: unknown, key: string): unknown {
  return plannedFieldsOf(object)?.[key];
}

function plannedFieldsOf(source: unknown): PlannedFields | undefined {
  return typeof source === 'object' && source !== null ? (source as { [PLANNED]?: PlannedFields })[PLANNED] : undefined;
}

/**
 * Wraps the resolver of every non-leaf field (and every field with arguments) of the schema's object
 * types: a planned value under the field's response key is returned as it is; anything else runs the
 * field's own resolver (a continuation, or the default resolver). The schema is changed in place, before it is served or merged,
 * so a host's merged schema carries the wrapped resolvers.
 */
export function answerFromPlans(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type)) && field.args.length === 0) continue;
      const own: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const planned = plannedFieldsOf(source);
        if (planned !== undefined) {
          const value = planned[info.path.key];
          if (value !== undefined || info.path.key in planned) return value;
        }
        return own(source, args, context, info);
      };
    }
  }
  return schema;
}
