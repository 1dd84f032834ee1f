import DataLoader from 'dataloader';
import type { FieldNode } from 'graphql';
import type { CypherQuery, CypherRunner } from '../cypher-runner';
import { LABEL_OF_TYPE } from '../enums';
import { int, toNumber } from '../values';
import type { Compiled } from './compile';
import { FIELD_REGISTRY } from './fields';
import { revisionProjection } from './fields/revision';
import { plannedValue } from './planned';
import { newCompiler } from './run';
import type { FieldSelection, TypeSelection } from './selection';

/*
 * A field whose parent no root field planned (an entity a host's field returned, a mutation's
 * payload) is answered by the same fragment a planned read uses: the parents of one field node and
 * argument set are batched, and ONE query projects the field, with everything selected beneath it,
 * over all of them. There is no second, hand-written query for any field.
 */

/** The kinds of object a field can be continued from, and the key that finds one in the graph. */
export type ParentRef =
  | { readonly kind: 'entity'; readonly key: string }
  | { readonly kind: 'relationship'; readonly key: string }
  | { readonly kind: 'revision'; readonly key: number }
  /** A subscription's change event: its `revision` is the revision of that seq. */
  | { readonly kind: 'event'; readonly key: number };

/** Which parent, which field: `typeName` names the fragment (`Entity` for the interface's fields, else the kind or type). */
export interface Continuation {
  readonly parent: ParentRef;
  readonly typeName: string;
  readonly field: FieldSelection;
}

/** GraphQL type names of the entity kinds: they are named as their labels. */
const ENTITY_TYPE_NAMES: ReadonlySet<string> = new Set(Object.values(LABEL_OF_TYPE));

/**
 * The continuation of `field` on `parent`, an object of GraphQL type `parentTypeName` that no root
 * field planned: an entity (by its `id`), a relationship (by its `id`) or a revision (by its `seq`).
 * A field of the Entity interface is batched over every kind; a kind's own field (`Person.events`)
 * over that kind.
 */
export function continuationOf(parentTypeName: string, parent: Readonly<Record<string, unknown>>, field: FieldSelection): Continuation {
  if (parentTypeName === 'Relationship') return { parent: { kind: 'relationship', key: String(parent.id) }, typeName: parentTypeName, field };
  if (parentTypeName === 'Revision') return { parent: { kind: 'revision', key: Number(parent.seq) }, typeName: parentTypeName, field };
  if (parentTypeName === 'ChangeEvent' && field.name === 'revision') return { parent: { kind: 'event', key: Number(parent.seq) }, typeName: parentTypeName, field };
  if (ENTITY_TYPE_NAMES.has(parentTypeName)) {
    const typeName = FIELD_REGISTRY.has(`${parentTypeName}.${field.name}`) ? parentTypeName : 'Entity';
    return { parent: { kind: 'entity', key: String(parent.id) }, typeName, field };
  }
  throw new TypeError(`${parentTypeName}.${field.name} cannot be continued: only entities, relationships and revisions are found again by key`);
}

/** A selection of `typeName` holding only `field`: what the parent's projection is compiled with. */
export function selectionOfOneField(typeName: string, field: FieldSelection): TypeSelection {
  // An entity's selection is grouped by its concrete kinds (the GraphQL types are named as the labels).
  const types = typeName === 'Entity' ? Object.values(LABEL_OF_TYPE) : [typeName];
  return { typeName, groups: [{ types, fields: [field] }] };
}

/**
 * The one query answering `field` for every parent in `keys`: each parent found by its key (an
 * entity by id, a relationship by id through its start node, a revision by seq) and projected with
 * the one field, as a root field would project it. The map holds the field's value by key; a
 * parent that no longer exists is absent.
 */
export function continuationQuery(kind: ParentRef['kind'], typeName: string, keys: readonly (string | number)[], field: FieldSelection): { query: CypherQuery; decode(records: ReadonlyArray<{ key: unknown; value: unknown }>): Map<string | number, unknown> } {
  const compiler = newCompiler();
  const selection = selectionOfOneField(typeName, field);
  let match: string;
  let projection: Compiled<object>;
  if (kind === 'entity') {
    match = 'MATCH (parent:Entity {id: key})';
    projection = compiler.entity('parent', selection);
  } else if (kind === 'relationship') {
    // A relationship id starts with its start node's id (`from:TYPE:to`): the indexed node first.
    match = "MATCH (:Entity {id: split(key, ':')[0]})-[parent {id: key}]->()";
    projection = compiler.relationship('parent', selection);
  } else if (kind === 'revision') {
    match = 'MATCH (parent:Revision {seq: key})';
    projection = revisionProjection(compiler, 'parent', selection);
  } else {
    // The event's one field is the revision itself, projected with everything selected beneath it.
    match = 'MATCH (parent:Revision {seq: key})';
    projection = revisionProjection(compiler, 'parent', field.selection!);
  }
  const numeric = kind === 'revision' || kind === 'event';
  const params = numeric ? keys.map((key) => int(key as number)) : [...keys];
  return {
    query: {
      name: `continue.${typeName}.${field.name}`,
      cypher: `UNWIND $keys AS key
${match}
RETURN key, ${projection.cypher} AS value`,
      params: { ...compiler.params, keys: params },
    },
    decode: (records) => {
      const values = new Map<string | number, unknown>();
      for (const { key, value } of records) {
        const object = projection.decode(value) as Record<string, unknown>;
        if (kind === 'event') {
          values.set(toNumber(key), object);
          continue;
        }
        // A field with a fragment is planned under its response key (`degree` too, a leaf computed by
        // one); a plain property (a revision's `mutation`) is a property of the projected object.
        const planned = plannedValue(object, field.key);
        values.set(numeric ? toNumber(key) : String(key), planned !== undefined ? planned : object[field.name]);
      }
      return values;
    },
  };
}

/**
 * The continuations of one request: a batch per field node, argument set and parent kind, so the
 * round trips grow with the shape of the operation, never with the number of parents.
 */
export class PlanContinuations {
  private readonly batches = new Map<string, DataLoader<string | number, unknown>>();
  /** Field nodes by identity: equal nodes (and arguments) mean an equal plan. */
  private readonly nodeIds = new WeakMap<FieldNode, number>();
  private nextNodeId = 0;

  /**
   * `cache: false` for a subscription's context, which lives as long as the subscription: its
   * events must read the graph anew, and what one event read must not be kept for the next.
   */
  constructor(private readonly runner: CypherRunner, private readonly options: { cache?: boolean } = {}) {}

  /** The value of the continued field for its parent; it waits for the rest of the batch (one tick). */
  load({ parent, typeName, field }: Continuation): Promise<unknown> {
    const batchKey = `${parent.kind} ${typeName} ${field.key} ${field.nodes.map((node) => this.nodeId(node)).join(',')} ${JSON.stringify(field.args)}`;
    let batch = this.batches.get(batchKey);
    if (batch === undefined) {
      batch = new DataLoader(async (keys) => {
        const planned = continuationQuery(parent.kind, typeName, keys, field);
        const result = await this.runner.read(planned.query);
        const values = planned.decode(result.records.map((record) => ({ key: record.get('key') as unknown, value: record.get('value') as unknown })));
        return keys.map((key) => (values.has(key) ? values.get(key) : new Error(`${parent.kind} "${key}" vanished while the request was answered`)));
      }, { cache: this.options.cache ?? true });
      this.batches.set(batchKey, batch);
    }
    return batch.load(parent.key);
  }

  private nodeId(node: FieldNode): number {
    let id = this.nodeIds.get(node);
    if (id === undefined) {
      id = this.nextNodeId++;
      this.nodeIds.set(node, id);
    }
    return id;
  }
}
