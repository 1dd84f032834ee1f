import { EntityType, LABEL_OF_TYPE } from '../enums';
import { cypherVariable, knownAtParam } from '../relationship-filter';
import { isInt } from 'neo4j-driver';
import { toNumber, toNumberOrNull, toStringList, toStringOrNull } from '../values';
import { plannedFields, withPlanned } from './planned';
import { fieldsFor, type FieldSelection, type TypeSelection } from './selection';

/*
 * Turns a plan into Cypher: map projections of the selected properties, one hand-written fragment
 * per non-leaf field, nested. The compiler only names variables and parameters and nests the
 * fragments; what each field means in Cypher lives in `fields/`, one file per GraphQL type.
 */

/** A Cypher expression and how to turn what it returned into what the field's resolver returns. */
export interface Compiled<T = unknown> {
  readonly cypher: string;
  readonly decode: (raw: unknown) => T;
}

/** The fragment of one GraphQL field: its Cypher expression over the parent in `variable`. */
export type FieldFragment = (compiler: PlanCompiler, variable: string, field: FieldSelection) => Compiled;

/** Fragments by `Type.field`; interface fields under the interface's name (`Entity.sources`). */
export type FieldRegistry = ReadonlyMap<string, FieldFragment>;

const TYPE_NAME_OF_KIND = new Map<string, EntityType>(Object.entries(LABEL_OF_TYPE).map(([type, label]) => [label, type as EntityType]));

/** A leaf of an entity or relationship: its Cypher expression over the variable, and its JS value from what came back. */
interface Leaf {
  readonly cypher: (v: string) => string;
  readonly decode: (raw: unknown) => unknown;
}

const property = (name: string): Leaf => ({ cypher: (v) => `${v}.${name}`, decode: toStringOrNull });
const day = (name: string): Leaf => ({ cypher: (v) => `toString(${v}.${name})`, decode: toStringOrNull });
// Records written before versions existed count as version 1.
const version: Leaf = { cypher: (v) => `${v}.version`, decode: (raw) => toNumberOrNull(raw) ?? 1 };

/** Leaves of an entity beyond its id: Cypher for the projection, and the JS value from what came back. */
const ENTITY_LEAVES: Readonly<Record<string, Leaf>> = {
  name: property('name'),
  aliases: { cypher: (v) => `${v}.aliases`, decode: toStringList },
  signatories: { cypher: (v) => `${v}.signatories`, decode: toNumberOrNull },
  version,
  // A publication day stored before its precision was kept was written as a day.
  publishedOnPrecision: { cypher: (v) => `CASE WHEN ${v}.publishedOn IS NULL THEN null ELSE coalesce(${v}.publishedOnPrecision, 'DAY') END`, decode: toStringOrNull },
  ...Object.fromEntries(['startDate', 'endDate', 'publishedOn'].map((name) => [name, day(name)])),
  ...Object.fromEntries(['description', 'category', 'isoCode', 'datePrecision', 'title', 'url'].map((name) => [name, property(name)])),
};

/** Leaves of a relationship beyond its id. */
const RELATIONSHIP_LEAVES: Readonly<Record<string, Leaf>> = {
  type: { cypher: (v) => `type(${v})`, decode: (raw) => raw },
  version,
  ...Object.fromEntries(['since', 'until'].map((name) => [name, day(name)])),
  ...Object.fromEntries(['title', 'role', 'sincePrecision', 'untilPrecision'].map((name) => [name, property(name)])),
};

/*
 * The wire shape: an entity, a relationship or a value object comes back as a LIST, by position:
 * `[id, kind, leaf..., planned field...]`, in the order the plan wrote them and decodes them. Bolt
 * sends a map's keys as strings on every map, and the driver decodes each of them again; a list
 * carries none (docs/performance.md, "Where the time goes").
 */

/** One compiled variant of a response key and the concrete types it is for. */
interface Variant {
  field: FieldSelection;
  types: string[];
  compiled: Compiled;
}

export class PlanCompiler {
  private variables = 0;
  private parameterNames = 0;
  private readonly parameters: Record<string, unknown> = {};
  /** The `knownAt` moment in force while compiling, and its parameter; null for now. */
  private moment: { at: Date; param: string } | null = null;
  /** With `knownAt`: the variable holding the state of each entity or relationship variable at that moment. */
  private readonly states = new Map<string, { variable: string; used: boolean }>();

  constructor(private readonly registry: FieldRegistry) {}

  /** The `knownAt` moment fragments compile for (null: now). */
  get knownAt(): Date | null {
    return this.moment?.at ?? null;
  }

  /** The parameter reference of the `knownAt` moment (`$p3`), for liveness predicates; null for now. */
  get knownAtParam(): string | null {
    return this.moment?.param ?? null;
  }

  /** Compiles everything from now on as of `moment` (null: now): a root field's own `knownAt`. */
  enterMoment(moment: Date | null | undefined): this {
    if (moment !== null && moment !== undefined) this.moment = { at: moment, param: this.param(knownAtParam(moment)) };
    return this;
  }

  /**
   * Compiles `build` as of `moment` (null or undefined: the moment already in force). Everything
   * beneath a field with its own `knownAt` is read as of that moment.
   */
  atMoment<T>(moment: Date | null | undefined, build: () => T): T {
    if (moment === null || moment === undefined) return build();
    const outer = this.moment;
    this.moment = { at: moment, param: this.param(knownAtParam(moment)) };
    try {
      return build();
    } finally {
      this.moment = outer;
    }
  }

  /**
   * The Cypher of property `name` of the entity or relationship in `variable`: as it is, or with
   * `knownAt`, as it was then (from its state at that moment). Fragments read stored lists such as
   * `sources` through this.
   */
  property(variable: string, name: string): string {
    const v = cypherVariable(variable);
    const state = this.states.get(v);
    if (state === undefined) return `${v}.${cypherVariable(name)}`;
    state.used = true;
    return `${state.variable}.${cypherVariable(name)}`;
  }

  /**
   * With `knownAt`: wraps `projection` (a map projection over `v`) so that `stateVariable` is the
   * entity's or relationship's state at that moment: the kept earlier state whose period contains
   * it, else the current one. Earlier states are nodes of their own (`EntityState`,
   * `RelationshipState`, written by the write path, docs/history.md), found by an index
   * on the id; a node or relationship never changed has none.
   */
  private asOfState(v: string, label: 'EntityState' | 'RelationshipState', key: 'entityId' | 'relationshipId', stateVariable: string, projection: string): string {
    const k = this.moment!.param;
    const h = this.variable('x');
    // Only a fact whose current properties were written after the moment has an earlier state to
    // look up; every other (most of the graph: never changed) is read as it is, with no lookup.
    const earlier = `CASE WHEN ${v}.propertiesSince > ${k} THEN head(COLLECT { MATCH (${h}:${label} {${key}: ${v}.id}) ` +
      `WHERE ${h}.recordedFrom <= ${k} AND ${h}.recordedTo > ${k} RETURN ${h} }) END`;
    return `head([${stateVariable} IN [coalesce(${earlier}, ${v})] | ${projection}])`;
  }

  /** Parameters of every fragment compiled so far, named in the order they were asked for. */
  get params(): Record<string, unknown> {
    return this.parameters;
  }

  /** A fresh Cypher variable: `n3`, `r4`. Root queries use names without digits, so none collide. */
  variable(prefix: 'n' | 'r' | 'x'): string {
    return `${prefix}${this.variables++}`;
  }

  /** `value` as a new parameter; returns its reference, `$p0`. Values never enter the Cypher text. */
  param(value: unknown): string {
    const name = this.paramName();
    this.parameters[name] = value;
    return `$${name}`;
  }

  /** A fresh parameter name for a family of parameters named after it (`p4`, `p4MinSources`), added by `addParams`. */
  paramName(): string {
    return `p${this.parameterNames++}`;
  }

  addParams(params: Record<string, unknown>): void {
    Object.assign(this.parameters, params);
  }

  /**
   * The projection of the entity in `variable`, a list: its id; its kind, when more than one kind can
   * appear there (a CASE on the labels, as a small integer); the selected leaves; and each planned
   * field. A response key that means different fields for different kinds (`... on Person { x: events }
   * ... on Topic { x: events }`) is a CASE on the label; one that applies to some kinds only is
   * guarded the same way.
   */
  entity(variable: string, selection: TypeSelection): Compiled<object> {
    const v = cypherVariable(variable);
    const allTypes = selection.groups.flatMap((group) => group.types);
    const leaves = new Set<string>();
    const state = this.beginState(v);
    const variants = this.variantsOf(v, selection, (name) => name in ENTITY_LEAVES, leaves);
    const from = this.endState(v, state, leaves);
    const kinds = allTypes.map((type) => TYPE_NAME_OF_KIND.get(type)).filter((kind): kind is EntityType => kind !== undefined);
    const parts = [`${v}.id`];
    if (kinds.length > 1) parts.push(`CASE ${kinds.map((kind, index) => `WHEN ${v}:${LABEL_OF_TYPE[kind]} THEN ${index}`).join(' ')} END`);
    const leafList = [...leaves];
    for (const leaf of leafList) parts.push(ENTITY_LEAVES[leaf].cypher(from ?? v));
    const keyed = [...variants.values()];
    for (const variant of keyed) parts.push(guarded(v, variant, allTypes));
    const projection = `[${parts.join(', ')}]`;
    const firstLeaf = kinds.length > 1 ? 2 : 1;
    const firstPlanned = firstLeaf + leafList.length;
    // Which variant of each planned field applies to each kind, decided here rather than per entity.
    const variantsOfKind = kinds.map((kind) => keyed.map((variant) => variant.find((candidate) => candidate.types.includes(LABEL_OF_TYPE[kind]))));
    return {
      cypher: from === null ? projection : this.asOfState(v, 'EntityState', 'entityId', from, projection),
      decode: (value) => {
        const raw = value as unknown[] | null | undefined;
        // A node bound to null (a fact that is no entity's) projects to a list of nulls: no entity.
        if (raw === null || raw === undefined || raw[0] === null) return null as unknown as object;
        const kindIndex = kinds.length > 1 ? toNumber(raw[1]) : 0;
        const record: Record<string, unknown> = { id: raw[0], type: kinds[kindIndex] };
        for (let index = 0; index < leafList.length; index += 1) record[leafList[index]] = ENTITY_LEAVES[leafList[index]].decode(raw[firstLeaf + index]);
        const planned = plannedFields();
        const variants = variantsOfKind[kindIndex] ?? [];
        for (let index = 0; index < variants.length; index += 1) {
          const variant = variants[index];
          if (variant !== undefined) planned[variant.field.key] = variant.compiled.decode(raw[firstPlanned + index]);
        }
        return withPlanned(record, planned);
      },
    };
  }

  /** The projection of the relationship in `variable`, a list: its id, the selected leaves and planned fields. */
  relationship(variable: string, selection: TypeSelection): Compiled<object> {
    const v = cypherVariable(variable);
    const leaves = new Set<string>();
    const state = this.beginState(v);
    const variants = this.variantsOf(v, selection, (name) => name in RELATIONSHIP_LEAVES, leaves);
    const from = this.endState(v, state, leaves);
    const leafList = [...leaves];
    // `type` is the relationship's own, whatever its state; every other leaf is a stored property.
    const parts = [`${v}.id`, ...leafList.map((leaf) => RELATIONSHIP_LEAVES[leaf].cypher(leaf === 'type' ? v : from ?? v))];
    const keyed = [...variants.values()].map((variant) => variant[0]);
    for (const variant of keyed) parts.push(variant.compiled.cypher);
    const projection = `[${parts.join(', ')}]`;
    return {
      cypher: from === null ? projection : this.asOfState(v, 'RelationshipState', 'relationshipId', from, projection),
      decode: (value) => {
        const raw = value as unknown[] | null | undefined;
        if (raw === null || raw === undefined || raw[0] === null) return null as unknown as object;
        const record: Record<string, unknown> = { id: raw[0] };
        for (let index = 0; index < leafList.length; index += 1) record[leafList[index]] = RELATIONSHIP_LEAVES[leafList[index]].decode(raw[1 + index]);
        const planned = plannedFields();
        for (let index = 0; index < keyed.length; index += 1) planned[keyed[index].field.key] = keyed[index].compiled.decode(raw[1 + leafList.length + index]);
        return withPlanned(record, planned);
      },
    };
  }

  /**
   * A value object that is no node (a position, a participant, an encounter): a list of the
   * selected leaves, each from its expression in `leaves`, then the planned fields that `fields` compiles.
   */
  valueObject(
    selection: TypeSelection,
    typeName: string,
    leaves: Readonly<Record<string, string>>,
    fields: Readonly<Record<string, (field: FieldSelection) => Compiled>>,
  ): Compiled<object> {
    const leafNames: string[] = [];
    const planned: Array<[string, Compiled]> = [];
    for (const field of fieldsFor(selection, typeName)) {
      if (field.selection === null) {
        if (leaves[field.name] !== undefined && !leafNames.includes(field.name)) leafNames.push(field.name);
        continue;
      }
      const build = fields[field.name];
      if (build !== undefined) planned.push([field.key, build(field)]);
    }
    const parts = [...leafNames.map((name) => leaves[name]), ...planned.map(([, compiled]) => compiled.cypher)];
    return {
      cypher: `[${parts.join(', ')}]`,
      decode: (value) => {
        const raw = value as unknown[];
        const record: Record<string, unknown> = {};
        for (let index = 0; index < leafNames.length; index += 1) {
          const leaf = raw[index];
          record[leafNames[index]] = isInt(leaf) ? toNumber(leaf) : leaf ?? null;
        }
        const values = plannedFields();
        for (let index = 0; index < planned.length; index += 1) values[planned[index][0]] = planned[index][1].decode(raw[leafNames.length + index]);
        return withPlanned(record, values);
      },
    };
  }

  /**
   * A value object made of relationship `relationship`'s properties (a position, a participant):
   * `leaves` writes each leaf over the variable to read them from. With `knownAt`, that is the
   * relationship's state at the moment, as `relationship()` reads it, so a corrected title or role
   * reads as it was then; the planned fields beneath still see the relationship itself.
   */
  relationshipValueObject(
    relationship: string,
    selection: TypeSelection,
    typeName: string,
    leaves: (from: string) => Readonly<Record<string, string>>,
    fields: Readonly<Record<string, (field: FieldSelection) => Compiled>>,
  ): Compiled<object> {
    const r = cypherVariable(relationship);
    if (this.moment === null) return this.valueObject(selection, typeName, leaves(r), fields);
    const state = this.variable('x');
    const object = this.valueObject(selection, typeName, leaves(state), fields);
    return { cypher: this.asOfState(r, 'RelationshipState', 'relationshipId', state, object.cypher), decode: object.decode };
  }

  /**
   * The fragment of `Type.field` (or of the interface's field) over `variable`; undefined when none is
   * registered. A field with its own `knownAt` compiles everything beneath it as of that moment.
   */
  field(typeName: string, variable: string, field: FieldSelection): Compiled | undefined {
    const fragment = this.fragmentOf(typeName, field.name);
    if (fragment === undefined) return undefined;
    return this.atMoment(field.args.knownAt as Date | null | undefined, () => fragment(this, variable, field));
  }

  /** With `knownAt`, names the state variable of `v` before its fields compile (they may read properties through it). */
  private beginState(v: string): { variable: string; used: boolean } | null {
    if (this.moment === null) return null;
    const state = { variable: this.variable('x'), used: false };
    this.states.set(v, state);
    return state;
  }

  /** The state variable to read `v`'s properties from, or null when none is needed (no moment, or only the id). */
  private endState(v: string, state: { variable: string; used: boolean } | null, leaves: ReadonlySet<string>): string | null {
    if (state === null) return null;
    this.states.delete(v);
    const needed = state.used || [...leaves].some((leaf) => leaf !== 'id' && leaf !== 'type');
    return needed ? state.variable : null;
  }

  private hasFragment(typeName: string, name: string): boolean {
    return this.fragmentOf(typeName, name) !== undefined;
  }

  private fragmentOf(typeName: string, name: string): FieldFragment | undefined {
    return this.registry.get(`${typeName}.${name}`) ?? this.registry.get(`Entity.${name}`);
  }

  /**
   * Every planned field of every group, compiled once per distinct field nodes: the same field of the
   * interface, selected once, compiles once however many kinds share it. Leaves are collected apart.
   */
  private variantsOf(v: string, selection: TypeSelection, isLeaf: (name: string) => boolean, leaves: Set<string>): Map<string, Variant[]> {
    const variants = new Map<string, Variant[]>();
    for (const group of selection.groups) {
      for (const field of group.fields) {
        // A leaf is a property, unless a fragment computes it (`degree`).
        if (field.selection === null && !this.hasFragment(group.types[0], field.name)) {
          if (isLeaf(field.name)) leaves.add(field.name);
          continue;
        }
        const keyed = variants.get(field.key) ?? [];
        const same = keyed.find((variant) => sameNodes(variant.field, field));
        if (same !== undefined) {
          same.types.push(...group.types);
          continue;
        }
        // The first group's type names the fragment: a kind's own field, or the interface's.
        const compiled = this.field(group.types[0], v, field);
        if (compiled === undefined) continue;
        keyed.push({ field, types: [...group.types], compiled });
        variants.set(field.key, keyed);
      }
    }
    return variants;
  }
}

function sameNodes(a: FieldSelection, b: FieldSelection): boolean {
  return a.nodes.length === b.nodes.length && a.nodes.every((node, index) => node === b.nodes[index]);
}

/** The variant's expression, or a CASE on the labels when variants differ by kind or do not cover all kinds. */
function guarded(v: string, keyed: readonly Variant[], allTypes: readonly string[]): string {
  if (keyed.length === 1 && allTypes.every((type) => keyed[0].types.includes(type))) return keyed[0].compiled.cypher;
  const branches = keyed.map((variant) => `WHEN ${variant.types.map((type) => `${v}:${cypherVariable(type)}`).join(' OR ')} THEN ${variant.compiled.cypher}`);
  return `CASE ${branches.join(' ')} END`;
}
