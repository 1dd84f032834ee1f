import { BOUNDS, isoDay, withinBounds } from '../../bounds';
import { Direction, EntityType, EventCategory, LABEL_OF_TYPE, RelationshipType as T } from '../../enums';
import { evidenceOf } from '../../evidence';
import { liveRelationship } from '../../live';
import { evidenceParams, evidencePredicate } from '../../relationship-filter';
import { int } from '../../values';
import type { Compiled, FieldFragment, PlanCompiler } from '../compile';
import type { FieldSelection } from '../selection';
import { relationshipMatch } from './entity';
import { decodeFirst, decodeList } from './lists';

/*
 * The typed one-hop fields (`Person.events`, `Organization.country`, `Event.causes`, ...): the
 * entities at the other end of some relationship types, distinct, dated ones first in date order,
 * the first `first` of them (20 unless asked, at most 100). Most are one line of the table below;
 * positions, participants and `metWith` have fragments of their own further down.
 */

/** How many items a typed list field returns when the client does not say. */
export const TYPED_LIST_DEFAULT = 20;

/** The most items a typed list field returns (its `first` at most): `Entity.relationships` pages through any number. */
export const TYPED_FIELD_LIMIT = BOUNDS.first.max;

/** A typed list field's `first`, checked against its bounds; null takes the default. */
function typedFirst(args: { readonly first?: unknown }): number {
  return withinBounds('first', (args.first as number | null | undefined) ?? TYPED_LIST_DEFAULT, TYPED_FIELD_LIMIT);
}

const { OUTGOING: OUT, INCOMING: IN } = Direction;
const { EVENT, ORGANIZATION, COUNTRY, TOPIC } = EntityType;

interface RelatedSpec {
  types: T[];
  direction: Direction;
  /** Only entities of this kind. */
  kind?: EntityType;
  /** A single entity (the first), not a list. */
  one?: boolean;
  /** The field takes `categories: [EventCategory!]`. */
  categories?: boolean;
}

const RELATED: Readonly<Record<string, RelatedSpec>> = {
  'Person.events': { types: [T.PARTICIPATED_IN, T.STATED, T.SIGNED], direction: OUT, kind: EVENT, categories: true },
  'Person.statements': { types: [T.STATED], direction: OUT, kind: EVENT },
  'Person.organizations': { types: [T.HOLDS_POSITION, T.CO_FOUNDED, T.MEMBER_OF], direction: OUT, kind: ORGANIZATION },
  'Organization.products': { types: [T.DEVELOPS], direction: OUT },
  'Organization.country': { types: [T.BASED_IN], direction: OUT, kind: COUNTRY, one: true },
  'Organization.eventsImposed': { types: [T.IMPOSED], direction: OUT, kind: EVENT },
  'Organization.eventsOrganized': { types: [T.ORGANIZED, T.HOSTED], direction: OUT, kind: EVENT },
  'Organization.eventsAimedAt': { types: [T.TARGETS, T.ADDRESSED_TO], direction: IN, kind: EVENT },
  'Organization.founders': { types: [T.CO_FOUNDED], direction: IN },
  'Organization.members': { types: [T.MEMBER_OF], direction: IN },
  'Country.organizations': { types: [T.BASED_IN], direction: IN, kind: ORGANIZATION },
  'Country.events': { types: [T.HELD_IN], direction: IN, kind: EVENT, categories: true },
  'Country.memberOf': { types: [T.MEMBER_OF], direction: OUT },
  'Country.partOf': { types: [T.PART_OF], direction: OUT },
  'Country.parts': { types: [T.PART_OF], direction: IN },
  'Event.location': { types: [T.HELD_IN], direction: OUT, one: true },
  'Event.topics': { types: [T.CONCERNS], direction: OUT, kind: TOPIC },
  'Event.concerns': { types: [T.CONCERNS], direction: OUT },
  'Event.causes': { types: [T.LED_TO], direction: IN },
  'Event.consequences': { types: [T.LED_TO], direction: OUT },
  'Event.addressedTo': { types: [T.ADDRESSED_TO], direction: OUT },
  'Event.targets': { types: [T.TARGETS], direction: OUT },
  'Event.affected': { types: [T.AFFECTED], direction: OUT },
  'Event.organizer': { types: [T.ORGANIZED], direction: IN, one: true },
  'Event.hosts': { types: [T.HOSTED], direction: IN },
  'Event.statedBy': { types: [T.STATED], direction: IN },
  'Event.signedBy': { types: [T.SIGNED], direction: IN },
  'Event.imposedBy': { types: [T.IMPOSED], direction: IN },
  'Event.refersTo': { types: [T.REFERS_TO], direction: OUT },
  'Event.referredToBy': { types: [T.REFERS_TO], direction: IN },
  'Product.developer': { types: [T.DEVELOPS], direction: IN, one: true },
  'Product.events': { types: [T.CONCERNS, T.TARGETS, T.AFFECTED], direction: IN, kind: EVENT },
  'Topic.events': { types: [T.CONCERNS], direction: IN, kind: EVENT },
  'Source.author': { types: [T.AUTHORED], direction: IN, one: true },
};

/** The specification of a typed field, for the cost. */
export function relatedSpec(typeAndField: string): RelatedSpec | undefined {
  return RELATED[typeAndField];
}

/**
 * Distinct other ends, each where its earliest relationship sorts: an organization met through two
 * relationship types appears once. `WITH DISTINCT` after the sort keeps that order; an aggregation
 * (min, collect) would too, but Neo4j 5.26 refuses aggregations in a COLLECT nested in a projection.
 */
function relatedFragment(spec: RelatedSpec): FieldFragment {
  return (compiler, v, field) => {
    const label = spec.kind === undefined ? undefined : LABEL_OF_TYPE[spec.kind];
    const evidence = evidenceOf(field.args);
    const { pattern, r, other } = relationshipMatch(compiler, v, { types: spec.types, direction: spec.direction, asOf: null, ...evidence }, label);
    const categories = spec.categories === true ? (field.args.categories as EventCategory[] | null | undefined) ?? null : null;
    const where = categories === null ? '' : ` WHERE ${other}.category IN ${compiler.param([...categories])}`;
    const entity = compiler.entity(other, field.selection!);
    const limit = compiler.param(int(spec.one === true ? 1 : typedFirst(field.args)));
    const list = `COLLECT { MATCH ${pattern}${where} WITH ${other}, ${r} ORDER BY coalesce(${other}.startDate, ${r}.since), ${other}.name, ${r}.id ` +
      `WITH DISTINCT ${other} LIMIT ${limit} RETURN ${entity.cypher} }`;
    return spec.one === true
      ? { cypher: `head(${list})`, decode: decodeFirst(entity.decode) }
      : { cypher: list, decode: decodeList(entity.decode) };
  };
}

/** The relationships behind a typed field, dated ones first, as value objects built by `item`. */
function edgesFragment(
  compiler: PlanCompiler,
  v: string,
  field: FieldSelection,
  selection: { types: T[]; direction: Direction; asOf: string | null },
  item: (r: string, other: string) => Compiled<object>,
): Compiled {
  const first = typedFirst(field.args);
  const { pattern, r, other } = relationshipMatch(compiler, v, { ...selection, ...evidenceOf(field.args) });
  const object = item(r, other);
  return {
    cypher: `COLLECT { MATCH ${pattern} WITH ${r}, ${other} ORDER BY coalesce(${other}.startDate, ${r}.since), ${other}.name, ${r}.id ` +
      `LIMIT ${compiler.param(int(first))} RETURN ${object.cypher} }`,
    decode: decodeList(object.decode),
  };
}

/** HOLDS_POSITION as positions: from the person (OUTGOING) or from the organization (INCOMING). */
function positionsFragment(direction: Direction.OUTGOING | Direction.INCOMING): FieldFragment {
  return (compiler, v, field) =>
    edgesFragment(compiler, v, field, { types: [T.HOLDS_POSITION], direction, asOf: isoDay(field.args.asOf as Date | null | undefined) }, (r, other) => {
      const [person, organization] = direction === OUT ? [v, other] : [other, v];
      return compiler.relationshipValueObject(r, field.selection!, 'Position', (from) => ({ title: `${from}.title`, since: `toString(${from}.since)`, until: `toString(${from}.until)` }), {
        relationship: (f: FieldSelection) => compiler.relationship(r, f.selection!),
        person: (f: FieldSelection) => compiler.entity(person, f.selection!),
        organization: (f: FieldSelection) => compiler.entity(organization, f.selection!),
      });
    });
}

const participants: FieldFragment = (compiler, v, field) =>
  edgesFragment(compiler, v, field, { types: [T.PARTICIPATED_IN], direction: IN, asOf: null }, (r, other) =>
    compiler.relationshipValueObject(r, field.selection!, 'Participant', (from) => ({ role: `${from}.role` }), {
      relationship: (f: FieldSelection) => compiler.relationship(r, f.selection!),
      entity: (f: FieldSelection) => compiler.entity(other, f.selection!),
    }),
  );

/**
 * People who took part in the same MEETING events, in the order of their first shared meeting, each
 * with those meetings oldest first (a COLLECT per person: no aggregation, see `relatedFragment`).
 */
const metWith: FieldFragment = (compiler, v, field) => {
  const category = compiler.param(EventCategory.MEETING);
  // The evidence filters hold for both participations: each is a fact of its own.
  const evidenceParam = compiler.paramName();
  const evidence = evidenceOf(field.args);
  compiler.addParams(evidenceParams(evidence, evidenceParam));
  const participation = () => {
    const r = compiler.variable('r');
    const condition = evidencePredicate(r, evidence, evidenceParam);
    return `[${r}:${T.PARTICIPATED_IN} WHERE ${liveRelationship(r, compiler.knownAtParam)}${condition === null ? '' : ` AND ${condition}`}]`;
  };
  const meetingsOf = (person: string, meeting: string) =>
    `(${v})-${participation()}->(${meeting}:${LABEL_OF_TYPE[EVENT]} {category: ${category}})<-${participation()}-(${person})`;
  const [person, first] = [compiler.variable('n'), compiler.variable('n')];
  const encounter = compiler.valueObject(field.selection!, 'Encounter', {}, {
    person: (f: FieldSelection) => compiler.entity(person, f.selection!),
    meetings: (f: FieldSelection) => {
      const meeting = compiler.variable('n');
      const event = compiler.entity(meeting, f.selection!);
      return {
        cypher: `COLLECT { MATCH ${meetingsOf(person, meeting)} WITH ${meeting} ORDER BY ${meeting}.startDate, ${meeting}.name, ${meeting}.id ` +
          `LIMIT ${compiler.param(int(TYPED_FIELD_LIMIT))} RETURN ${event.cypher} }`,
        decode: decodeList(event.decode),
      };
    },
  });
  return {
    cypher: `COLLECT { MATCH ${meetingsOf(`${person}:${LABEL_OF_TYPE[EntityType.PERSON]}`, first)} WHERE ${person} <> ${v} ` +
      `WITH ${person}, ${first} ORDER BY ${first}.startDate, ${first}.name, ${first}.id, ${person}.name, ${person}.id ` +
      `WITH DISTINCT ${person} LIMIT ${compiler.param(int(typedFirst(field.args)))} RETURN ${encounter.cypher} }`,
    decode: decodeList(encounter.decode),
  };
};

export const RELATED_FIELDS: ReadonlyArray<[string, FieldFragment]> = [
  ...Object.entries(RELATED).map(([name, spec]): [string, FieldFragment] => [name, relatedFragment(spec)]),
  ['Person.positions', positionsFragment(OUT)],
  ['Organization.people', positionsFragment(IN)],
  ['Event.participants', participants],
  ['Person.metWith', metWith],
];
